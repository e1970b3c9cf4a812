package io.smsgateway.shortlink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Replaces the links of a text with short links on the gateway's public base URL, and resolves them. */
@ApplicationScoped
public class ShortLinks {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "gateway.public-base-url", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    /** The text with its links replaced, and the links to store with the message. */
    public record Shortened(String text, List<ShortLink> links) {
    }

    public Shortened shorten(UUID messageId, String text) {
        Matcher matcher = LINK.matcher(text);
        StringBuilder result = new StringBuilder();
        List<ShortLink> links = new ArrayList<>();
        while (matcher.find()) {
            String url = trimTrailingPunctuation(matcher.group());
            String rest = matcher.group().substring(url.length());
            String target = url.regionMatches(true, 0, "www.", 0, 4) ? "https://" + url : url;
            ShortLink link = new ShortLink(newCode(), messageId.toString(), target);
            links.add(link);
            matcher.appendReplacement(result, Matcher.quoteReplacement(shortUrl(link.getCode()) + rest));
        }
        matcher.appendTail(result);
        return new Shortened(result.toString(), links);
    }

    public String shortUrl(String code) {
        return publicBaseUrl.replaceAll("/+$", "") + "/s/" + code;
    }

    /** The target of a code, counting the click. */
    @Transactional
    public Optional<String> follow(String code) {
        ShortLink link = em.find(ShortLink.class, code);
        if (link == null) {
            return Optional.empty();
        }
        em.createQuery("update ShortLink l set l.clicks = l.clicks + 1 where l.code = :code").setParameter("code", code).executeUpdate();
        return Optional.of(link.getUrl());
    }

    @Transactional
    public List<ShortLink> ofMessage(UUID messageId) {
        return em.createQuery("select l from ShortLink l where l.messageId = :id order by l.createdAt, l.code", ShortLink.class)
                .setParameter("id", messageId.toString())
                .getResultList();
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]}'".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
