# `cpack -G DEB` (from the build folder) makes akhbar_VERSION_ARCH.deb: the binary, its man
# pages, bash and zsh completions, README, CHANGELOG and a Debian copyright file (see the install()
# rules in CMakeLists.txt). Its Depends line is computed by dpkg-shlibdeps from the libraries the
# binary links, so `apt-get install ./akhbar_*.deb` pulls ICU, SQLite, … on a fresh machine.
# scripts/package-test.sh builds, installs, exercises and removes it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME akhbar)
set(CPACK_PACKAGE_VENDOR "akhbar maintainers")
set(CPACK_PACKAGE_CONTACT "akhbar maintainers <maintainers@users.noreply.r-seed-0f0566cb.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # akhbar_0.1.0_amd64.deb, as Debian names packages
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # needs dpkg-dev (dpkg-shlibdeps), in scripts/setup.sh
# Not a library: the binary's libraries are private to it.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# fonts-noto-core: the Arabic fonts `akhbar serve`'s pages ask the browser for.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "man-db, bash-completion, fonts-noto-core | fonts-hosny-amiri")
# The long description; CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line.
set(CPACK_PACKAGE_DESCRIPTION "akhbar turns scraped Arabic news text (UTF-8, windows-1256, UTF-16; plain
text, TREC, JSON, JSON Lines, CSV, WARC/WET, HTML, gzip) into clean article
records: title, dates (Hijri included), dateline, source, author and body,
apart from read-also and related blocks. It keeps them in a SQLite archive
with FTS5 full-text search and deduplication, and exports JSON Lines, CSV,
TEI XML and Elasticsearch bulk files, and serves it read-only to a browser
(akhbar serve: search, articles, how each was segmented, charts, JSON).")

include(CPack)
