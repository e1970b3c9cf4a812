package io.smsgateway.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesConfigSourceTest {

    @TempDir
    Path secrets;

    @Test
    void aPropertyIsReadFromTheFileItsFileVariableNames() throws Exception {
        Path file = Files.writeString(secrets.resolve("db_password"), "s3cr3t with spaces \n");
        SecretFilesConfigSource source = new SecretFilesConfigSource(Map.of("GATEWAY_DB_PASSWORD_FILE", file.toString())::get);
        assertEquals("s3cr3t with spaces ", source.getValue("gateway.db.password"), "only the final line break is dropped");
        assertNull(source.getValue("gateway.admin.password"));
    }

    @Test
    void anUnreadableFileIsAnErrorNotAnEmptySecret() {
        SecretFilesConfigSource source = new SecretFilesConfigSource(
                Map.of("GATEWAY_ADMIN_PASSWORD_FILE", secrets.resolve("missing").toString())::get);
        assertThrows(UncheckedIOException.class, () -> source.getValue("gateway.admin.password"));
    }
}
