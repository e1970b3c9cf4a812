package io.smsgateway.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the generated OpenAPI document valid and honest (registered as {@code mp.openapi.filter}). The
 * server's generator writes every attribute of {@code @Schema} with its annotation default, several of
 * which are constraints ({@code maxProperties: 0} forbids every property, {@code exclusiveMaximum}
 * without {@code maximum} is invalid); it repeats a tag for each class that names it, reuses method
 * names as operation ids, and leaves some responses without the description the specification
 * requires and query parameters without a schema.
 */
public class OpenApiCleanup implements OASFilter {

    /**
     * Schemas and parameters are mended only in the model of MicroProfile OpenAPI 3 (OpenAPI 3.0, as on
     * Payara), whose generator writes those defaults. Version 4 (OpenAPI 3.1, as on WildFly) types these
     * attributes differently, so the calls below would not link there, and its generator writes none of them.
     */
    private static final boolean OPENAPI_30_MODEL = hasMethod(Schema.class, "setExclusiveMaximum", Boolean.class);

    @Override
    public Schema filterSchema(Schema schema) {
        if (!OPENAPI_30_MODEL) {
            return schema;
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (schema.getMaxItems() != null && schema.getMaxItems() < 0) {
            schema.setMaxItems(null);
        }
        if (schema.getMinItems() != null && schema.getMinItems() <= 0) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (schema.getMaxLength() != null && schema.getMaxLength() < 0) {
            schema.setMaxLength(null);
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() <= 0) {
            schema.setMultipleOf(null);
        }
        if (schema.getMaximum() == null) {
            schema.setExclusiveMaximum(null);
        }
        if (schema.getMinimum() == null) {
            schema.setExclusiveMinimum(null);
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            schema.setItems(OASFactory.createSchema()); // any item: the generator left the item type out
        }
        clearIfFalse(schema.getUniqueItems(), () -> schema.setUniqueItems(null));
        clearIfFalse(schema.getNullable(), () -> schema.setNullable(null));
        clearIfFalse(schema.getReadOnly(), () -> schema.setReadOnly(null));
        clearIfFalse(schema.getWriteOnly(), () -> schema.setWriteOnly(null));
        clearIfFalse(schema.getDeprecated(), () -> schema.setDeprecated(null));
        return schema;
    }

    /**
     * On a list field annotated without a type the generator writes the list's own type as its item
     * type (an array of arrays); such a list takes items of any type.
     */
    private static void listsOfAnything(Schema schema) {
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null
                && (schema.getItems() == schema || isArrayOfNothing(schema.getItems()))) {
            schema.setItems(OASFactory.createSchema());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiCleanup::listsOfAnything);
        }
    }

    private static boolean isArrayOfNothing(Schema items) {
        Schema inner = items.getItems();
        return items.getType() == Schema.SchemaType.ARRAY && items.getRef() == null
                && (inner == null || inner == items || inner.getType() == null && inner.getRef() == null
                        && (inner.getProperties() == null || inner.getProperties().isEmpty()));
    }

    private static void clearIfFalse(Boolean value, Runnable clear) {
        if (Boolean.FALSE.equals(value)) {
            clear.run();
        }
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (OPENAPI_30_MODEL && parameter.getSchema() == null && parameter.getContent() == null) {
            parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        withoutServerExtras(openAPI);
        patchBodiesRequireNothing(openAPI);
        if (OPENAPI_30_MODEL && openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiCleanup::listsOfAnything);
        }
        if (openAPI.getTags() != null) {
            Map<String, Tag> unique = new LinkedHashMap<>();
            openAPI.getTags().forEach(tag -> unique.putIfAbsent(tag.getName(), tag));
            openAPI.setTags(List.copyOf(unique.values()));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Integer> operationIds = new HashMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> operations(item).values().forEach(operation -> {
            if (operation.getOperationId() != null) {
                operationIds.merge(operation.getOperationId(), 1, Integer::sum);
            }
        }));
        openAPI.getPaths().getPathItems().forEach((path, item) -> operations(item).forEach((method, operation) -> {
            if (operation.getOperationId() == null || operationIds.get(operation.getOperationId()) > 1) {
                operation.setOperationId(operationId(method, path));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (response.getDescription() == null || response.getDescription().isBlank()) {
                        response.setDescription(reason(code));
                    }
                });
            }
        }));
    }

    /**
     * A PATCH changes only the fields it carries, so its body is described by a copy of the resource's
     * schema ({@code <name>Changes}) in which nothing is required.
     */
    private static void patchBodiesRequireNothing(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().values().stream()
                .map(PathItem::getPATCH).filter(Objects::nonNull)
                .map(Operation::getRequestBody).filter(body -> body != null && body.getContent() != null)
                .map(body -> body.getContent().getMediaType(MediaType.APPLICATION_JSON)).filter(Objects::nonNull)
                .forEach(media -> {
                    String ref = media.getSchema() == null ? null : media.getSchema().getRef();
                    String name = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
                    Schema whole = name == null ? null : schemas.get(name);
                    if (whole != null && whole.getRequired() != null && !whole.getRequired().isEmpty()) {
                        String changes = name + "Changes";
                        if (!schemas.containsKey(changes)) {
                            openAPI.getComponents().addSchema(changes, OASFactory.createSchema()
                                    .description(whole.getDescription()).properties(whole.getProperties()));
                        }
                        media.setSchema(OASFactory.createSchema().ref(changes));
                    }
                });
    }

    /**
     * Payara adds a top-level {@code endpoints} list that the specification does not allow; its model
     * has a setter for it, reached without depending on Payara (other servers have none).
     */
    private static void withoutServerExtras(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            // nothing to remove
        }
    }

    private static boolean hasMethod(Class<?> type, String name, Class<?>... parameters) {
        try {
            type.getMethod(name, parameters);
            return true;
        } catch (NoSuchMethodException absent) {
            return false;
        }
    }

    private static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        item.getOperations().forEach((method, operation) -> operations.put(method.name().toLowerCase(Locale.ROOT), operation));
        return operations;
    }

    /** {@code post} and {@code /manage/accounts/{username}/api-keys} -> {@code postManageAccountsUsernameApiKeys}. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method);
        for (String word : path.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return id.toString();
    }

    private static String reason(String code) {
        try {
            Response.Status status = Response.Status.fromStatusCode(Integer.parseInt(code));
            return status == null ? "HTTP " + code : status.getReasonPhrase();
        } catch (NumberFormatException e) {
            return "Any other answer";
        }
    }
}
