# The menu entry passes desktop-file-validate with no message at all (hints included).
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
candor_require_program(validator desktop-file-validate desktop-file-utils)

candor_run(out ${validator} ${FILE})
if(NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate ${FILE}:\n${out}")
endif()

# What the menu needs from it, which the validator cannot know.
file(STRINGS ${FILE} lines)
foreach(expected "Exec=candor" "Icon=org.candorapp.Candor" "Type=Application" "Terminal=false")
    if(NOT expected IN_LIST lines)
        message(FATAL_ERROR "${FILE} has no line ${expected}")
    endif()
endforeach()
message("desktop-file-validate: ${FILE} is valid")
