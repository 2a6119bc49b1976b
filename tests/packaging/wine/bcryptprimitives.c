/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, for running the
 * Windows build of horsligne under Wine 8 (tests/packaging/wine.sh).
 *
 * Rust's standard library gets its random bytes (HashMap seeds) from
 * bcryptprimitives!ProcessPrng, which every Windows since 10 has but Wine 8
 * does not ship. This DLL exports ProcessPrng and answers it with
 * advapi32!SystemFunction036 (RtlGenRandom), which Wine has. It is never
 * shipped: real Windows uses its own bcryptprimitives.dll.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *          bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom's real name in advapi32; its length is a ULONG. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* Always returns TRUE, as documented for the real ProcessPrng. */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffffUL ? 0x7fffffffUL : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            /* The real ProcessPrng cannot fail; a caller has no way to
             * handle it, so stop loudly rather than return non-random bytes. */
            ExitProcess(0xC0000001);
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance;
    (void)reason;
    (void)reserved;
    return TRUE;
}
