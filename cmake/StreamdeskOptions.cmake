# One INTERFACE target carries the language level, warnings and Qt safety defines
# (qBittorrent's "common config" pattern). Every project target links it.
add_library(streamdesk_options INTERFACE)
add_library(Streamdesk::Options ALIAS streamdesk_options)

target_compile_features(streamdesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(streamdesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    $<$<BOOL:${STREAMDESK_WERROR}>:-Werror>)

target_compile_definitions(streamdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    # Qt 6.7+ rejects connect() without a context object; 6.4 ignores the define,
    # we keep it so the rule is enforced as soon as the toolchain knows it.
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    STREAMDESK_VERSION="${PROJECT_VERSION}")

if(STREAMDESK_SANITIZE)
    target_compile_options(streamdesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(streamdesk_options INTERFACE -fsanitize=address,undefined)
endif()
