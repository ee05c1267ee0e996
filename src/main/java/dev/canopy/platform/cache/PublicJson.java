package dev.canopy.platform.cache;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.platform.Fingerprint;

/**
 * Public API answers served from the shop cache as ready bytes with an ETag: a repeated request
 * costs no query and no serialization, a client or CDN holding the same version gets 304, and a
 * CDN may keep an answer briefly and refresh it in the background.
 */
@ApplicationScoped
public class PublicJson {

    private static final CacheControl SHARED = CacheControl.valueOf("public, max-age=30, stale-while-revalidate=60");

    record Answer(byte[] body, EntityTag tag) {
    }

    @Inject
    ShopCache cache;
    @Inject
    ObjectMapper json;

    public Response answer(Request request, UUID consortium, Supplier<?> load, Object... question) {
        // its own key space: the objects behind an answer may be cached under the same question
        Answer answer = cache.get(consortium, () -> serialize(load.get()), PublicJson.class, Arrays.asList(question));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(answer.tag());
        Response.ResponseBuilder response = unchanged != null ? unchanged
                : Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE);
        return response.tag(answer.tag()).cacheControl(SHARED).build();
    }

    private Answer serialize(Object value) {
        try {
            byte[] body = json.writeValueAsBytes(value);
            return new Answer(body, new EntityTag(Fingerprint.of(body, 12)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unwritable answer", e);
        }
    }

}
