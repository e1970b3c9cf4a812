package io.smsgateway.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** persistence.xml lists its classes (no scanning, see there): the list must name every mapped class and nothing else. */
class PersistenceUnitListTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void listsEveryMappedClassOfTheApplication() throws IOException, ClassNotFoundException {
        assertEquals(mappedClasses(), listedClasses());
    }

    private static Set<String> listedClasses() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (InputStream xml = Files.newInputStream(CLASSES.resolve("META-INF/persistence.xml"))) {
            Matcher matcher = Pattern.compile("<class>([^<]+)</class>").matcher(new String(xml.readAllBytes()));
            while (matcher.find()) {
                listed.add(matcher.group(1).trim());
            }
        }
        return listed;
    }

    private static Set<String> mappedClasses() throws IOException, ClassNotFoundException {
        Set<String> mapped = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : (Iterable<Path>) files.filter(path -> path.toString().endsWith(".class"))::iterator) {
                String name = CLASSES.relativize(file).toString().replace(".class", "").replace('/', '.');
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PersistenceUnitListTest.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(Converter.class) || type.isAnnotationPresent(MappedSuperclass.class)) {
                    mapped.add(name);
                }
            }
        }
        return mapped;
    }
}
