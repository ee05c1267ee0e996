package dev.canopy.ordering;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.TenantContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Gives back the stock of orders nobody paid for in time, consortium by consortium. */
@ApplicationScoped
public class ReservationExpiry {

    @Inject
    ConsortiumService consortia;
    @Inject
    TenantContext tenant;
    @Inject
    OrderRepository orders;
    @Inject
    OrderService service;
    @Inject
    Clock clock;

    @Scheduled(every = "${canopy.ordering.expiry-check:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void expireAll() {
        for (TenantContext.ConsortiumRef consortium : consortia.every()) {
            tenant.enter(consortium);
            int expired = QuarkusTransaction.requiringNew().call(this::expireHere);
            if (expired > 0) {
                Log.infof("Cancelled %d unpaid orders of %s past their reservation", expired, consortium.slug());
            }
        }
    }

    private int expireHere() {
        var due = orders.unpaidPast(clock.instant());
        due.forEach(service::expire);
        return due.size();
    }
}
