# SPDX-FileCopyrightText: Kotoplan contributors
# SPDX-License-Identifier: EUPL-1.2
# Fails when a .ts file lacks a translation, or when lupdate would add a string the .ts files
# do not have yet: lupdate runs on copies, and the copies must come out with nothing unfinished.
# Inputs: LUPDATE, PROJECT_CMAKE (written by qt_add_translations at configure time), GENERATOR
# (Qt's GenerateLUpdateProject.cmake), WORK_DIR, TS_FILES (a list).
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_CMAKE}
                        -DOUT_FILE=${WORK_DIR}/sources.json -P "${GENERATOR}"
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "The list of translatable sources could not be made.")
endif()
file(READ "${WORK_DIR}/sources.json" project)
set(copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    string(REPLACE "\"${ts}\"" "\"${WORK_DIR}/${name}\"" project "${project}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
file(WRITE "${WORK_DIR}/project.json" "${project}")
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete
                        -locations none -silent
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
set(failed FALSE)
foreach(copy IN LISTS copies)
    file(STRINGS "${copy}" lines)
    set(source "")
    foreach(line IN LISTS lines)
        if(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"")
            get_filename_component(name "${copy}" NAME)
            message(SEND_ERROR "${name}: no translation for \"${source}\"")
            set(failed TRUE)
        endif()
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "Translate the strings above (cmake --build build --target update_translations, then edit translations/*.ts).")
endif()
message(STATUS "Every string has its Finnish and Swedish translation.")
