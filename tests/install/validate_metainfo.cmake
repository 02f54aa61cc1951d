# The AppStream metainfo validates strictly (pedantic hints shown, not failing) and lists the current version.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
candor_require_program(appstreamcli appstreamcli appstream)

# --strict fails on any warning or info; the one pedantic hint expected is the upper case in the given id.
candor_run(out ${appstreamcli} validate --no-net --strict --pedantic --explain ${FILE})
message("${out}")

file(READ ${FILE} xml)
if(NOT xml MATCHES "<id>org\\.candorapp\\.Candor</id>")
    message(FATAL_ERROR "${FILE}: the component id is not org.candorapp.Candor")
endif()
if(NOT xml MATCHES "<launchable type=\"desktop-id\">org\\.candorapp\\.Candor\\.desktop</launchable>")
    message(FATAL_ERROR "${FILE}: no launchable naming org.candorapp.Candor.desktop")
endif()
# Software centres show the first release as the current version: add a release when the project version changes.
if(NOT xml MATCHES "<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "${FILE}: no release")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${FILE}: newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}")
endif()
