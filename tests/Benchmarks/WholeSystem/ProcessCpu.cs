using System.Globalization;

namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>
/// CPU time of a process from <c>/proc/{pid}/stat</c> (user + system, in clock ticks of 10 ms). With
/// <c>includeChildren</c>, also the CPU of its children: those still running (read one by one) and those it
/// has reaped (<c>cutime</c>/<c>cstime</c>), which is how PostgreSQL's backends, one per connection, are counted.
/// </summary>
public static class ProcessCpu
{
    private const double TickSeconds = 0.01;

    public static TimeSpan Of(int pid, bool includeChildren = false)
    {
        var fields = Fields(pid);
        if (fields is null)
        {
            return TimeSpan.Zero;
        }

        var ticks = Ticks(fields, 13) + Ticks(fields, 14);
        if (includeChildren)
        {
            ticks += Ticks(fields, 15) + Ticks(fields, 16);
            foreach (var child in ChildrenOf(pid))
            {
                if (Fields(child) is { } c)
                {
                    ticks += Ticks(c, 13) + Ticks(c, 14);
                }
            }
        }

        return TimeSpan.FromSeconds(ticks * TickSeconds);
    }

    /// <summary>Resident memory of a process in bytes.</summary>
    public static long ResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The 1-minute load average.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    /// <summary>Total CPU time of the machine (all cores, all processes, not idle) from <c>/proc/stat</c>.</summary>
    public static TimeSpan MachineBusy()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long busy = 0;
        for (var i = 1; i < cpu.Length; i++)
        {
            if (i is 4 or 5)
            {
                continue; // idle, iowait
            }

            busy += long.Parse(cpu[i], CultureInfo.InvariantCulture);
        }

        return TimeSpan.FromSeconds(busy * TickSeconds);
    }

    private static IEnumerable<int> ChildrenOf(int pid)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var candidate))
            {
                continue;
            }

            var fields = Fields(candidate);
            if (fields is not null && fields[3] == pid.ToString(CultureInfo.InvariantCulture))
            {
                yield return candidate;
            }
        }
    }

    // Fields after the command name (which may hold spaces), numbered as in proc(5) minus one: [0] is the pid.
    private static string[]? Fields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var close = text.LastIndexOf(')');
            var rest = text[(close + 2)..].Split(' ');
            return [text[..text.IndexOf(' ')], text[(text.IndexOf('(') + 1)..close], .. rest];
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long Ticks(string[] fields, int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
}
