namespace PureConnect.Grains.Agents.Presence;

/// <summary>
/// The check of the administrator's Omni-Channel sync settings: every map names both statuses; no status is mapped twice in
/// one direction (that would make the sync pick one at random); Omni-Channel statuses and transition statuses exist in the org
/// (when its statuses are known). Pure; an empty answer means the settings are usable.
/// </summary>
public static class PresenceSettingsRules
{
    public static IReadOnlyList<string> Check(PresenceSyncSettings settings)
    {
        var errors = new List<string>();
        foreach (var (map, i) in settings.Maps.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(map.CicStatusId) || string.IsNullOrWhiteSpace(map.OmniStatusId))
                errors.Add($"Map {i + 1} needs both a CIC status and an Omni-Channel status.");
            if (!Enum.IsDefined(map.Direction))
                errors.Add($"Map {i + 1} has no direction (CicToOmni, OmniToCic or TwoWay).");
        }

        var usable = settings.Maps.Where(m => !string.IsNullOrWhiteSpace(m.CicStatusId) && !string.IsNullOrWhiteSpace(m.OmniStatusId)).ToList();
        foreach (var twice in usable.Where(m => Carries(m, SyncDirection.CicToOmni)).GroupBy(m => m.CicStatusId.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(m => OmniIds.Normalize(m.OmniStatusId)).Distinct().Count() > 1))
        {
            errors.Add($"CIC status '{twice.Key}' is mapped to more than one Omni-Channel status in the CIC → Omni direction ({string.Join(", ", twice.Select(m => m.OmniStatusId))}).");
        }

        foreach (var twice in usable.Where(m => Carries(m, SyncDirection.OmniToCic)).GroupBy(m => OmniIds.Normalize(m.OmniStatusId))
            .Where(g => g.Select(m => m.CicStatusId.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1))
        {
            errors.Add($"Omni-Channel status '{twice.First().OmniStatusId}' is mapped to more than one CIC status in the Omni → CIC direction ({string.Join(", ", twice.Select(m => m.CicStatusId))}).");
        }

        if (settings.OmniStatuses.Count > 0)
        {
            var known = settings.OmniStatuses.Select(s => OmniIds.Normalize(s.Id)).Append(OmniIds.Offline).ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in usable.Select(m => m.OmniStatusId).Append(settings.TransitionOmniStatusId).OfType<string>()
                .Where(id => !known.Contains(OmniIds.Normalize(id))).Distinct(StringComparer.Ordinal))
            {
                errors.Add($"The org has no Omni-Channel presence status '{unknown}'.");
            }
        }

        return errors;
    }

    public static bool Carries(PresenceMap map, SyncDirection direction) => map.Direction == direction || map.Direction == SyncDirection.TwoWay;
}
