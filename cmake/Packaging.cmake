# Installation (GNUInstallDirs) and the Debian package (CPack).
#
#   cmake --install build --prefix /usr/local     the binaries, desktop file, metainfo, icons, man pages
#   cpack --config build/CPackConfig.cmake -B build/package        build/package/ari-console_<version>_<arch>.deb
#
# resources/CMakeLists.txt installs the desktop integration; this file the binaries and the package.

install(TARGETS ari-console ari-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ari-console)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The ARI Console developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operator console for Asterisk over ARI")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A desktop console for call-centre supervisors and PBX operators that speaks\n"
    "ARI, the Asterisk REST Interface. It shows every live call as it happens and\n"
    "lets the operator originate, bridge, hang up, hold, mute, play and record.\n"
    "It rebuilds its state after reconnects, verifies TLS (with certificate\n"
    "pinning) and keeps passwords in the desktop keychain.\n"
    "\n"
    "The package also has ari-sim, a simulated Asterisk ARI server for tests and\n"
    "demos.")
set(ARI_PACKAGE_MAINTAINER "ARI Console maintainers <maintainers@users.noreply.r-seed-8cc8a579.example>"
    CACHE STRING "The Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT "${ARI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ARI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # ari-console_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# The libraries the binaries link come from dpkg-shlibdeps (dpkg-dev). That covers
# what those libraries' packages bring along:
#  - the xcb platform plugin (libqxcb.so) is in libqt6gui6, which depends on its libxcb-*;
#  - the OpenSSL TLS backend plugin of QtNetwork loads libssl at run time, and libqt6network6
#    depends on libssl3;
#  - Qt Multimedia's plugins (gstreamer, ffmpeg) and its PulseAudio output are in libqt6multimedia6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# What dpkg-shlibdeps cannot see, because it is loaded at run time and never linked:
#  - libqt6svg6: the SVG icon engine and image plugin (iconengines/libqsvgicon.so). The window
#    icon and the About dialog's icon are SVG in the resources; without it they are blank.
#  - libsecret-1-0: QtKeychain opens libsecret-1.so.0 with QLibrary for the Secret Service; without
#    it passwords cannot be stored in the desktop keychain.
set(ari_runtime_depends libqt6svg6 libsecret-1-0)
# Qt Multimedia (when ui/ links it, for audio devices and playing recordings): QMediaPlayer uses
# the GStreamer plugin in 6.4, which decodes WAV and sends it to PulseAudio with GStreamer elements
# (wavparse and pulsesink are in plugins-good, audioconvert and playbin in plugins-base).
get_target_property(ari_ui_links console_ui LINK_LIBRARIES)
get_target_property(ari_ui_interface_links console_ui INTERFACE_LINK_LIBRARIES)
if("${ari_ui_links};${ari_ui_interface_links}" MATCHES "Multimedia")
    list(APPEND ari_runtime_depends gstreamer1.0-plugins-base gstreamer1.0-plugins-good)
endif()
list(JOIN ari_runtime_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Not needed to start, but expected on a desktop:
#  - a Secret Service provider (a D-Bus service, so no package dependency can be found for it);
#  - Qt's own translations (file dialogs, standard buttons) for the translated user interface;
#  - the Wayland platform plugin, for Wayland sessions without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, qt6-translations-l10n, qt6-wayland")

include(CPack)
