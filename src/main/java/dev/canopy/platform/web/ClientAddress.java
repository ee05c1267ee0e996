package dev.canopy.platform.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address of the client of the current request. It is the peer's, or the one a proxy forwarded
 * only when the operator trusts that proxy (quarkus.http.proxy.* settings): a client cannot name
 * itself another address by sending X-Forwarded-For.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    CurrentVertxRequest request;

    public Optional<String> current() {
        RoutingContext context = request.getCurrent();
        SocketAddress peer = context == null ? null : context.request().remoteAddress();
        return Optional.ofNullable(peer).map(SocketAddress::hostAddress);
    }
}
