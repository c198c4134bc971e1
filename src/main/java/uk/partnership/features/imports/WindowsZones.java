package uk.partnership.features.imports;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The Windows time zone names Outlook and Exchange write as TZID ("GMT Standard Time"), with the IANA zone each
 * means (Unicode CLDR's windowsZones, territory "001"). ical4j has no such table; the zones a UK school's calendar
 * meets are here, and an unknown name falls back to the feed's own VTIMEZONE.
 */
final class WindowsZones {

    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("GMT Standard Time", "Europe/London"),
            Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("UTC", "Etc/UTC"),
            Map.entry("Coordinated Universal Time", "Etc/UTC"),
            Map.entry("W. Europe Standard Time", "Europe/Berlin"),
            Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"),
            Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"),
            Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("GTB Standard Time", "Europe/Bucharest"),
            Map.entry("Russian Standard Time", "Europe/Moscow"),
            Map.entry("Turkey Standard Time", "Europe/Istanbul"),
            Map.entry("Israel Standard Time", "Asia/Jerusalem"),
            Map.entry("South Africa Standard Time", "Africa/Johannesburg"),
            Map.entry("Arabian Standard Time", "Asia/Dubai"),
            Map.entry("India Standard Time", "Asia/Calcutta"),
            Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("Singapore Standard Time", "Asia/Singapore"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"),
            Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("New Zealand Standard Time", "Pacific/Auckland"),
            Map.entry("Eastern Standard Time", "America/New_York"),
            Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Mountain Standard Time", "America/Denver"),
            Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("Atlantic Standard Time", "America/Halifax"),
            Map.entry("Azores Standard Time", "Atlantic/Azores"),
            Map.entry("Morocco Standard Time", "Africa/Casablanca"),
            Map.entry("E. South America Standard Time", "America/Sao_Paulo"));

    private WindowsZones() {
    }

    /** The IANA zone of a Windows zone name, if it is one (quotes and surrounding spaces ignored). */
    static Optional<ZoneId> of(String tzid) {
        String name = tzid.strip();
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        return Optional.ofNullable(ZONES.get(name)).map(ZoneId::of);
    }
}
