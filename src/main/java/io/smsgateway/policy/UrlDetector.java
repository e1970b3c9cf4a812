package io.smsgateway.policy;

import crawlercommons.domains.EffectiveTldFinder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds links in a message text: URLs with a scheme, {@code www.} forms, IP addresses with a path
 * or port, and bare host names under any public suffix ({@code example.com/x}, {@code prize.win},
 * {@code mybank.co.uk}).
 *
 * <p>Bare host names count when they end in a suffix of the Public Suffix List (crawler-commons'
 * {@link EffectiveTldFinder}; {@link PublicSuffixList} loads a newer copy of the list when one is
 * configured), so that every new generic TLD is a link the day it is on the list, while
 * abbreviations and file names ("e.g.", "report.pdf", "3.14") are not.
 */
public final class UrlDetector {

    private static final Pattern WITH_SCHEME = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]{1,20}://[^\\s]+");
    private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\d{0,3}\\.[^\\s]+\\.[^\\s]+");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5}|/)");
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?i)(?<![\\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59}))"
                    + "(?=$|[/:?#\\s,;!)\\]'\"]|\\.(?:\\s|$))");

    private UrlDetector() {
    }

    public static boolean containsUrl(String text) {
        if (text == null || text.indexOf('.') < 0 && !text.contains("://")) {
            return false; // every form of link has a dot or "://": most texts have neither and need no pattern
        }
        if (Stream.of(WITH_SCHEME, WWW, IP_ADDRESS).anyMatch(p -> p.matcher(text).find())) {
            return true;
        }
        Matcher bare = BARE_HOST.matcher(text);
        while (bare.find()) {
            String host = bare.group(1).toLowerCase(Locale.ROOT);
            String firstLabel = host.substring(0, host.indexOf('.'));
            if (firstLabel.length() >= 2 && EffectiveTldFinder.getAssignedDomain(host, true, false) != null) {
                return true;
            }
        }
        return false;
    }
}
