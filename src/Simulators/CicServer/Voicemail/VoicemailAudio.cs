namespace PureConnect.Simulators.CicServer.Voicemail;

/// <summary>The audio of a simulated voicemail: a WAV file (8 kHz, 8-bit mono PCM) with a quiet 440 Hz tone of the message's length.</summary>
public static class VoicemailAudio
{
    public const string MimeType = "audio/wav";

    private const int SampleRate = 8000;

    public static byte[] Tone(TimeSpan duration)
    {
        var samples = (int)(Math.Clamp(duration.TotalSeconds, 0, 600) * SampleRate);
        var wav = new byte[44 + samples];
        using var writer = new BinaryWriter(new MemoryStream(wav));
        writer.Write("RIFF"u8);
        writer.Write(36 + samples);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(SampleRate);
        writer.Write(SampleRate);
        writer.Write((short)1);
        writer.Write((short)8);
        writer.Write("data"u8);
        writer.Write(samples);
        for (var i = 0; i < samples; i++)
        {
            writer.Write((byte)(128 + (int)(20 * Math.Sin(2 * Math.PI * 440 * i / SampleRate))));
        }

        return wav;
    }
}
