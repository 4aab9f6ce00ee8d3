using System.Globalization;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>Seeded caller names and numbers (555-01xx, the range reserved for fiction).</summary>
internal sealed class CallerFactory(Random random)
{
    private static readonly string[] FirstNames =
    [
        "Ava", "Ben", "Chloe", "Daniel", "Ella", "Felix", "Grace", "Henry", "Isla", "Jack",
        "Lily", "Mason", "Nora", "Oscar", "Piper", "Quinn", "Ruby", "Samuel", "Tessa", "Victor",
    ];

    private static readonly string[] LastNames =
    [
        "Anderson", "Brooks", "Carter", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Ito", "Jensen",
        "Kim", "Lopez", "Morgan", "Nguyen", "Owens", "Patel", "Reed", "Silva", "Turner", "Walsh",
    ];

    private static readonly string[] AreaCodes = ["317", "212", "415", "312", "617", "206", "303", "512"];

    public string NextName() =>
        $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

    public string NextAni() =>
        string.Create(CultureInfo.InvariantCulture, $"+1{AreaCodes[random.Next(AreaCodes.Length)]}55501{random.Next(100):00}");
}
