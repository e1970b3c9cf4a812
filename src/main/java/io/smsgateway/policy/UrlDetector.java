package io.smsgateway.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds links in a message text: URLs with a scheme, {@code www.} forms, IP addresses with a path
 * or port, and bare host names ending in a known top-level domain ({@code example.com/x}).
 *
 * <p>Bare host names are matched only against real top-level domains so that abbreviations and
 * file names ("e.g.", "report.pdf", "3.14") do not count as links.
 */
public final class UrlDetector {

    private static final Set<String> GENERIC_TLDS = Set.of(
            "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "io", "app", "dev", "xyz", "online",
            "site", "shop", "store", "top", "club", "link", "live", "news", "tech", "website", "space", "click",
            "page", "cloud", "blog", "bank", "pro", "mobi", "name", "asia", "tel", "travel", "jobs", "eu", "uk");
    private static final Set<String> COUNTRY_TLDS = Arrays.stream(Locale.getISOCountries())
            .map(code -> code.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private static final Pattern WITH_SCHEME = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]{1,20}://[^\\s]+");
    private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\d{0,3}\\.[^\\s]+\\.[^\\s]+");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5}|/)");
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?i)(?<![\\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,24}))(?=$|[/:?#\\s,;!)\\]'\"]|\\.(?:\\s|$))");

    private UrlDetector() {
    }

    public static boolean containsUrl(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (Stream.of(WITH_SCHEME, WWW, IP_ADDRESS).anyMatch(p -> p.matcher(text).find())) {
            return true;
        }
        Matcher bare = BARE_HOST.matcher(text);
        while (bare.find()) {
            String tld = bare.group(2).toLowerCase(Locale.ROOT);
            String host = bare.group(1);
            String firstLabel = host.substring(0, host.indexOf('.'));
            if (firstLabel.length() >= 2 && (GENERIC_TLDS.contains(tld) || COUNTRY_TLDS.contains(tld))) {
                return true;
            }
        }
        return false;
    }
}
