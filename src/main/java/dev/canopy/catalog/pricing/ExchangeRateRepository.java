package dev.canopy.catalog.pricing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ExchangeRateRepository implements PanacheRepositoryBase<ExchangeRate, UUID> {

    Optional<ExchangeRate> of(String currency) {
        return find("currency", currency).firstResultOptional();
    }

    List<ExchangeRate> all() {
        return listAll(Sort.by("currency"));
    }
}
