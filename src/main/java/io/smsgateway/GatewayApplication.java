package io.smsgateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("")
@OpenAPIDefinition(info = @Info(
        title = "sms-gateway",
        version = "1.0",
        description = "Self-hosted multi-tenant SMS gateway. Namirial-style send API under /api, API-key API under /send, /messages, /optouts and /campaigns, Voximplant-style API under /platform_api, operator API under /manage."))
@SecurityScheme(securitySchemeName = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT", description = "RS256 JWT signed with a service account key (kid = key_id, iss = account_id)")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "An API key created under /manage/accounts/{username}/api-keys")
public class GatewayApplication extends Application {
}
