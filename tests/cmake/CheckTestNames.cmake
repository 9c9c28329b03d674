# SPDX-FileCopyrightText: Kotoplan contributors
# SPDX-License-Identifier: EUPL-1.2
#
# Refuses a Catch2 test executable whose test names ctest would split. ctest takes a discovered
# test name as a CMake list, so "first; second" becomes two tests, each run with a name that
# matches nothing. Runs after each test executable is linked, before Catch2's discovery:
#   cmake -D TEST_EXECUTABLE=path [-D TEST_EXECUTOR=emulator] -P CheckTestNames.cmake
if(NOT EXISTS "${TEST_EXECUTABLE}")
    message(FATAL_ERROR "CheckTestNames: no test executable '${TEST_EXECUTABLE}'")
endif()
execute_process(
    COMMAND ${TEST_EXECUTOR} "${TEST_EXECUTABLE}" --list-test-names-only
    OUTPUT_VARIABLE names
    RESULT_VARIABLE result)
if(result LESS 0 OR NOT result MATCHES "^[0-9]+$")
    message(FATAL_ERROR "CheckTestNames: '${TEST_EXECUTABLE}' could not list its tests: ${result}")
endif()

# Each name on a line of its own; the semicolons hidden first, so that splitting the lines into a
# list does not split the names too.
string(REPLACE ";" "@SEMICOLON@" names "${names}")
string(REPLACE "\n" ";" lines "${names}")
set(refused "")
foreach(line IN LISTS lines)
    if(line MATCHES "@SEMICOLON@")
        string(REPLACE "@SEMICOLON@" ";" line "${line}")
        string(APPEND refused "\n  ${line}")
    endif()
endforeach()
if(NOT refused STREQUAL "")
    get_filename_component(executable "${TEST_EXECUTABLE}" NAME)
    message(FATAL_ERROR
        "${executable}: these test names contain ';', where ctest would split them into tests "
        "that run nothing. Write them without ';' (a comma or a colon reads as well):${refused}")
endif()
