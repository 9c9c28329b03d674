# SPDX-FileCopyrightText: Kotoplan contributors
# SPDX-License-Identifier: EUPL-1.2
#
# The guards against tests that run nothing, tested: a Catch2 run whose name matches nothing
# fails under --warn NoTests, and CheckTestNames.cmake refuses a name with ';' and accepts the
# project's own.
#   cmake -D TEST_EXECUTABLE=any_catch_test -D WORK_DIR=dir -P TestGuards.cmake
set(check "${CMAKE_CURRENT_LIST_DIR}/CheckTestNames.cmake")

execute_process(COMMAND "${TEST_EXECUTABLE}" "No test is called this" --warn NoTests
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
if(NOT result EQUAL 2)
    message(FATAL_ERROR "A name that matches nothing gave exit code ${result} under --warn NoTests, not 2")
endif()

file(MAKE_DIRECTORY "${WORK_DIR}")
set(fake "${WORK_DIR}/list-names.sh")
file(WRITE "${fake}" "printf 'A plain name\\nThe first half; the second half\\n'\n")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -D TEST_EXECUTOR=sh -D "TEST_EXECUTABLE=${fake}" -P "${check}"
    RESULT_VARIABLE result ERROR_VARIABLE error OUTPUT_QUIET)
if(result EQUAL 0)
    message(FATAL_ERROR "CheckTestNames accepted a test name with ';'")
endif()
if(NOT error MATCHES "The first half; the second half" OR error MATCHES "A plain name")
    message(FATAL_ERROR "CheckTestNames did not name exactly the refused test:\n${error}")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" -D "TEST_EXECUTABLE=${TEST_EXECUTABLE}" -P "${check}"
    RESULT_VARIABLE result ERROR_VARIABLE error OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "CheckTestNames refused the project's own tests:\n${error}")
endif()
