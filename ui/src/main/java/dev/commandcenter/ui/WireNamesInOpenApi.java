package dev.commandcenter.ui;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The API's enums as the API spells them. Every enum of the views implements {@code WireName}, whose
 * JSON is the constant's wire name ({@code READY_TO_MERGE} → {@code ready-to-merge}) from a default
 * method; the OpenAPI scanner only reads a {@code @JsonValue} method the enum declares itself, and
 * would otherwise describe the constants' Java names, which no answer ever carries.
 */
public class WireNamesInOpenApi implements OASFilter {

    private static final Pattern JAVA_CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(WireNamesInOpenApi::spell);
    }

    private static void spell(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values == null
                || values.isEmpty()
                || !values.stream()
                        .allMatch(v -> v instanceof String s
                                && JAVA_CONSTANT.matcher(s).matches())) {
            return;
        }
        schema.setEnumeration(values.stream()
                .<Object>map(v -> ((String) v).toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList());
    }
}
