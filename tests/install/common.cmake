# Shared by the install checks (cmake -P scripts).
cmake_minimum_required(VERSION 3.22) # policies of the project in script mode (IN_LIST)

# The files an installation holds, relative to its prefix: exactly these, nothing else.
set(CANDOR_EXPECTED_FILES
    bin/candor
    bin/candor-cli
    share/applications/org.candorapp.Candor.desktop
    share/metainfo/org.candorapp.Candor.metainfo.xml
    share/icons/hicolor/scalable/apps/org.candorapp.Candor.svg
    share/doc/candor/README.md)
set(CANDOR_ICON_SIZES 16 22 24 32 48 64 128 256)
foreach(size IN LISTS CANDOR_ICON_SIZES)
    list(APPEND CANDOR_EXPECTED_FILES share/icons/hicolor/${size}x${size}/apps/org.candorapp.Candor.png)
endforeach()
list(SORT CANDOR_EXPECTED_FILES)

# Marks the test skipped (SKIP_REGULAR_EXPRESSION) when a tool is missing, naming the Debian package to install.
macro(candor_require_program var name package)
    find_program(${var} ${name})
    if(NOT ${var})
        message("CANDOR-SKIP: ${name} is not installed (Debian package ${package}); ./scripts/test installs it")
        return()
    endif()
endmacro()

# candor_run(OUTPUT_VARIABLE cmd...): runs cmd, fails the test with its output unless it exits with 0.
function(candor_run out_var)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        string(REPLACE ";" " " cmd "${ARGN}")
        message(FATAL_ERROR "${cmd} failed (${rc}):\n${out}${err}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# candor_compare_lists(WHAT actual expected): fails naming what is missing and what is unexpected.
function(candor_compare_lists what actual expected)
    set(missing ${expected})
    if(actual)
        list(REMOVE_ITEM missing ${actual})
    endif()
    set(extra ${actual})
    if(expected)
        list(REMOVE_ITEM extra ${expected})
    endif()
    if(missing OR extra)
        message(FATAL_ERROR "${what}:\n  missing: ${missing}\n  unexpected: ${extra}")
    endif()
endfunction()
