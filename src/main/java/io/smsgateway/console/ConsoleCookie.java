package io.smsgateway.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The console's session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it) and Secure unless {@code gateway.console.secure-cookie} is false. Browsers keep a Secure
 * cookie over plain HTTP only for localhost, so elsewhere the console needs HTTPS in front of it.
 */
public final class ConsoleCookie {

    public static final String NAME = "gateway_console";
    /** The header that must repeat the session's CSRF token on every change. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private ConsoleCookie() {
    }

    public static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    static String set(String token, boolean secure) {
        return NAME + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String clear(boolean secure) {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
