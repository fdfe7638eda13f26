using System.Runtime.InteropServices;

namespace Ingestion.Language;

/// <summary>
/// A fixed-size, zeroed table of unmanaged slots outside the managed heap, in 2 MB-aligned memory that Linux is
/// asked to back with huge pages. The models' hash tables are tens of megabytes probed at random: with 4 KB pages
/// nearly every probe also misses the TLB and walks the page tables, which cost as much as the cache miss itself;
/// with 2 MB pages the whole table is a few dozen TLB entries. Where huge pages are not available the advice is
/// ignored and the table works the same, only slower.
/// </summary>
internal sealed unsafe class NativeTable<T>
    where T : unmanaged
{
    private const nuint HugePage = 2 * 1024 * 1024;

    private readonly T* items;

    public NativeTable(int length)
    {
        Length = length;
        var bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        var rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        items = (T*)NativeMemory.AlignedAlloc(rounded, HugePage);
        if (OperatingSystem.IsLinux())
        {
            // Before the first write, so the pages are huge from the start rather than merged later.
            try
            {
                _ = HugePages.Madvise((nint)items, rounded, HugePages.Advice);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No C library to ask: the table stays on ordinary pages.
            }
        }

        NativeMemory.Clear(items, rounded);
        GC.AddMemoryPressure((long)rounded);
        Bytes = (long)rounded;
    }

    ~NativeTable()
    {
        NativeMemory.AlignedFree(items);
        GC.RemoveMemoryPressure(Bytes);
    }

    public int Length { get; }

    private long Bytes { get; }

    /// <summary>Slot <paramref name="index"/>; the caller keeps it in range (the tables index by a mask).</summary>
    public ref T this[int index] => ref items[index];

    /// <summary>The address of slot <paramref name="index"/>, for a prefetch.</summary>
    public T* At(int index) => items + index;
}

/// <summary>The one call into the C library that <see cref="NativeTable{T}"/> makes.</summary>
internal static class HugePages
{
    public const int Advice = 14; // MADV_HUGEPAGE

    [DllImport("libc", EntryPoint = "madvise")]
    public static extern int Madvise(nint address, nuint length, int advice);
}
