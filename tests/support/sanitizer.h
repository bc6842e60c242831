#pragma once

// HYOKA_TEST_ASAN is 1 in an AddressSanitizer build (GCC or clang): tests that measure
// memory or limit it with setrlimit allow for ASan's shadow memory and quarantine.
#if defined(__SANITIZE_ADDRESS__)
#define HYOKA_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HYOKA_TEST_ASAN 1
#endif
#endif
