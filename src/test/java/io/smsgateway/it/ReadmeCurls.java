package io.smsgateway.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The curl commands of the README's bash blocks, split into words as bash would split them. */
final class ReadmeCurls {

    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\n(.*?)\n```", Pattern.DOTALL);

    /** One curl command: its method, the path it calls, its content type and body when it has them. */
    record Curl(String method, String path, Optional<String> contentType, Optional<String> body, String asWritten) {

        boolean sendsJson() {
            return body.isPresent() && contentType.filter(type -> type.startsWith("application/json")).isPresent();
        }
    }

    private ReadmeCurls() {
    }

    static List<Curl> all() throws IOException {
        List<Curl> curls = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(Files.readString(Path.of("README.md")));
        while (block.find()) {
            for (List<String> command : commands(block.group(1))) {
                int curl = command.indexOf("curl");
                if (curl >= 0) {
                    curls.add(parse(command.subList(curl + 1, command.size())));
                }
            }
        }
        return curls;
    }

    private static Curl parse(List<String> words) {
        String method = null;
        String url = null;
        String contentType = null;
        String body = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            switch (word) {
                case "-X" -> method = next;
                case "-d", "--data", "--data-binary" -> body = next;
                case "-H" -> {
                    if (next.toLowerCase().startsWith("content-type:")) {
                        contentType = next.substring("content-type:".length()).trim();
                    }
                }
                default -> {
                    if (word.startsWith("http://") || word.startsWith("https://")) {
                        url = word;
                    }
                }
            }
        }
        String path = url == null ? "" : url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*", "");
        return new Curl(method != null ? method : body != null ? "POST" : "GET", path, Optional.ofNullable(contentType),
                Optional.ofNullable(body), String.join(" ", words));
    }

    /** Splits a script into commands of words: quotes, backslash-newline, comments, ';', '|' and '&&'. */
    private static List<List<String>> commands(String script) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\\' && i + 1 < script.length() && script.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '\'') {
                int end = script.indexOf('\'', i + 1);
                word = (word == null ? new StringBuilder() : word).append(script, i + 1, end);
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (script.charAt(end) != '"') {
                    end += script.charAt(end) == '\\' ? 2 : 1;
                }
                word = (word == null ? new StringBuilder() : word).append(script.substring(i + 1, end).replace("\\\"", "\""));
                i = end;
            } else if (c == '#' && word == null) {
                i = script.indexOf('\n', i) < 0 ? script.length() : script.indexOf('\n', i) - 1;
            } else if (Character.isWhitespace(c) || c == ';' || c == '|' || c == '&') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (c == '\n' || c == ';' || c == '|' || c == '&') {
                    if (!words.isEmpty()) {
                        commands.add(words);
                    }
                    words = new ArrayList<>();
                }
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            commands.add(words);
        }
        return commands;
    }
}
