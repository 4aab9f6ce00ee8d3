using System.Text.Json;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.Output;

/// <summary>A JSON array with one object per row; numbers and durations (seconds) as numbers, times as ISO 8601 UTC strings.</summary>
public static class JsonReportWriter
{
    public static void Write(ReportTable table, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(CellText.MachineName(table.Columns[i]));
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case int or long:
                json.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case TimeSpan duration:
                json.WriteNumberValue(Math.Round(duration.TotalSeconds, 3));
                break;
            default:
                json.WriteStringValue(CellText.ForMachine(value));
                break;
        }
    }
}
