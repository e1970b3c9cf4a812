package io.smsgateway.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where a file of a WebJar in the WAR lies, whatever version of it the build packaged. */
public final class WebJars {

    private WebJars() {
    }

    public static String path(String groupId, String artifactId, String file) {
        return "META-INF/resources/webjars/" + artifactId + "/" + version(groupId, artifactId) + "/" + file;
    }

    private static String version(String groupId, String artifactId) {
        try (InputStream in = WebJars.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
