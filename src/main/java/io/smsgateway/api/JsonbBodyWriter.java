package io.smsgateway.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.file.Path;

/**
 * Every JSON answer is written by JSON-B, whatever the server would pick by default.
 *
 * <p>The wire must not depend on the server: WildFly's RESTEasy switches to Jackson as soon as a
 * Jackson jar is in the WAR (Flyway brings one), which turns {@code message_id} into
 * {@code messageId} and timestamps into decimals. An application's provider is preferred over the
 * server's, so registering this one keeps the JSON-B names and formats on every server.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonbBodyWriter implements MessageBodyWriter<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !isRawContent(type);
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) {
        JSONB.toJson(entity, body);
    }

    /** The same JSON-B, for the few answers written outside JAX-RS. */
    static String toJson(Object entity) {
        return JSONB.toJson(entity);
    }

    /** Bodies that are already bytes or text are left to the server's own writers. */
    private static boolean isRawContent(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || StreamingOutput.class.isAssignableFrom(type)
                || File.class.isAssignableFrom(type) || Path.class.isAssignableFrom(type);
    }
}
