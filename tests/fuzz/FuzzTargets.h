// The fuzz targets' entry functions, shared by the libFuzzer executables (CANDOR_FUZZ=ON, clang) and by
// tst_fuzz_regressions, which replays the seed corpus and every input a fuzzer ever crashed on in the normal build.
//
// Each entry runs one input and returns 0 (libFuzzer's contract). A crash or a sanitizer report is a finding, and so
// is a broken invariant: require() prints what broke and aborts, which libFuzzer records as a crash with its input.
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace candor::fuzz {

// The CSV survey import as `survey import` and the import dialog run it: SurveyCsv::parse, the column mapping
// (guessed from the header, and by position), SurveyCsv::read against every built-in instrument and custom scales
// of 2 and 11 points; a clean result is then imported into a wave of a temporary database, which must accept it.
int surveyCsv(const std::uint8_t *data, std::size_t size);

// DataTransfer::importJson into a fresh, empty, temporary database. A failed import must leave it empty; a
// successful one must export again into JSON that imports into another empty database with the same counts.
int jsonImport(const std::uint8_t *data, std::size_t size);

// Every language's blame-language rules over arbitrary text: UTF-8, or UTF-16LE (raw code units, lone surrogates
// included) when the input starts with the byte-order mark FF FE. A NUL ends the text; each further NUL-separated
// piece is a person name for the person-as-cause rule.
int blameChecker(const std::uint8_t *data, std::size_t size);

// candor-cli's command line in cli::Mode::ParseOnly: the input split on NUL bytes is the argument list (without the
// program name). Every command parses and checks it; the exit code must be Ok or Usage, and no file or folder may
// appear (the working folder and the default database's folder are checked after every run).
int commandLine(const std::uint8_t *data, std::size_t size);

// Once per process, before the first input: the application object (when there is none yet), names, translations.
void initialise(int *argc, char ***argv);

// Prints "fuzz invariant broken: WHAT (DETAIL)" and aborts unless condition holds.
void require(bool condition, const char *what, const QString &detail = QString());

} // namespace candor::fuzz

// In the libFuzzer executables (CANDOR_LIBFUZZER), the two functions libFuzzer calls, around one entry above.
#ifdef CANDOR_LIBFUZZER
#define CANDOR_LIBFUZZER_TARGET(entry)                                                                                 \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                                       \
    {                                                                                                                  \
        candor::fuzz::initialise(argc, argv);                                                                          \
        return 0;                                                                                                      \
    }                                                                                                                  \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)                                  \
    {                                                                                                                  \
        return candor::fuzz::entry(data, size);                                                                        \
    }
#else
#define CANDOR_LIBFUZZER_TARGET(entry)
#endif
