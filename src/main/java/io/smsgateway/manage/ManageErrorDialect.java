package io.smsgateway.manage;

import io.smsgateway.api.CodeMessageErrors;
import io.smsgateway.api.CommonErrors;
import io.smsgateway.api.ErrorDialect;
import io.smsgateway.api.GatewayExceptionMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Operator API and console errors: {@code {code, message, details}} with the HTTP status as code. */
@ApplicationScoped
public class ManageErrorDialect implements ErrorDialect {

    @Override
    public boolean serves(String path) {
        return path.startsWith("manage/") || path.equals("manage") || path.startsWith("console/") || path.equals("console");
    }

    @Override
    public Response toResponse(Throwable error) {
        return CommonErrors.classify(error)
                .map(known -> CodeMessageErrors.response(known.httpStatus(), known.httpStatus(), known.message(), known.details()))
                .orElseGet(() -> GatewayExceptionMapper.unexpected(error));
    }
}
