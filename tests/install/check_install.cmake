# cmake --install into an empty prefix: exactly the expected files, icons of the size their folder says, a menu
# entry whose command and icon are installed, and programs that run from there.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)

file(REMOVE_RECURSE ${PREFIX})
candor_run(out ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX})

file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE ${PREFIX} ${PREFIX}/*)
list(SORT installed)
candor_compare_lists("Files installed into ${PREFIX}" "${installed}" "${CANDOR_EXPECTED_FILES}")

# A PNG's IHDR chunk holds its width and height as 32-bit big-endian numbers at bytes 16 and 20.
foreach(size IN LISTS CANDOR_ICON_SIZES)
    set(png ${PREFIX}/share/icons/hicolor/${size}x${size}/apps/org.candorapp.Candor.png)
    file(READ ${png} header HEX LIMIT 24)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width)
    string(SUBSTRING "${header}" 40 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png}: not a ${size}x${size} PNG (signature ${signature}, ${width}x${height})")
    endif()
endforeach()

# The menu starts bin/<Exec> and shows the icon installed under the name Icon= gives.
file(STRINGS ${PREFIX}/share/applications/org.candorapp.Candor.desktop exec REGEX "^Exec=")
file(STRINGS ${PREFIX}/share/applications/org.candorapp.Candor.desktop icon REGEX "^Icon=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec "${exec}")
string(REGEX REPLACE "^Icon=" "" icon "${icon}")
if(NOT EXISTS ${PREFIX}/bin/${exec})
    message(FATAL_ERROR "The menu entry runs ${exec}, which is not in ${PREFIX}/bin")
endif()
if(NOT EXISTS ${PREFIX}/share/icons/hicolor/scalable/apps/${icon}.svg)
    message(FATAL_ERROR "The menu entry's icon ${icon} is not installed")
endif()

# The installed programs find their libraries and report this version.
foreach(program candor-cli candor)
    candor_run(out ${PREFIX}/bin/${program} --version)
    string(STRIP "${out}" out)
    if(NOT out STREQUAL "${program} ${VERSION}")
        message(FATAL_ERROR "${PREFIX}/bin/${program} --version printed '${out}', not '${program} ${VERSION}'")
    endif()
    message("${out}")
endforeach()
file(REMOVE_RECURSE ${PREFIX})
