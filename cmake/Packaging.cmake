# Installing and packaging (docs/install.md): `cmake --install build --prefix P` puts
# bin/hyoka, the desktop entry, the AppStream metadata and the hicolor icons under P;
# `cpack -G DEB` in the build directory makes hyoka_<version>_<arch>.deb of the same
# files. Only the application is installed: no test, benchmark or tool.
include(GNUInstallDirs)

set(HYOKA_APP_ID io.github.hyoka.Hyoka)
set(HYOKA_DESKTOP_DIR ${CMAKE_SOURCE_DIR}/resources/desktop)

install(TARGETS hyoka RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${HYOKA_DESKTOP_DIR}/${HYOKA_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${HYOKA_DESKTOP_DIR}/${HYOKA_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The icon: the SVG the window uses, and PNGs rendered from it (tools/make-icons.sh).
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hyoka.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${HYOKA_APP_ID}.svg)
install(DIRECTORY ${HYOKA_DESKTOP_DIR}/hicolor/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor
        FILES_MATCHING PATTERN "*.png")

# `cpack` installs without building `all` (the test executables): tools/test-package.sh
# builds the hyoka target first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_PACKAGE_NAME hyoka)
set(CPACK_PACKAGE_VENDOR "Hyoka developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "review municipal project-evaluation results")
set(CPACK_PACKAGE_CONTACT "Hyoka maintainers <maintainers@users.noreply.r-seed-b6e2d6ec.example>"
    CACHE STRING "Maintainer of the Debian package: Name <address>")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The long description; CPack puts the summary above it and indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Hyoka reads the tables in which Japanese cities publish the evaluation of
their administrative projects (Markdown converted from the published PDFs,
CSV in UTF-8 or Shift_JIS, Excel workbooks) into one review database.
Clerks browse and search the projects in a filterable grid, reviewers flag
those that fell short with notes and a full history, managers print summary
charts and a report. A team can share a PostgreSQL review database. The
window speaks Japanese and English; hyoka also imports, checks and exports
from the command line.")
# The shared libraries the binary links (Qt, libxlsxwriter, zlib …) come from
# dpkg-shlibdeps; what it loads at run time is listed here: the SQLite and
# PostgreSQL drivers of Qt SQL, the Japanese font; Qt's own Japanese translations
# (standard dialogs) are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
