package dev.canopy.tenancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The tenant: one umbrella brand with its storefront, currencies and commission. */
@Entity
public class Consortium {

    @Id
    public UUID id;
    public String slug;
    public String name;
    /** The brand's story per language; null until written. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> story;
    public String logo;
    @JdbcTypeCode(SqlTypes.JSON)
    public Hero hero;
    public String primaryColor;
    public String baseCurrency;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> currencies = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();
    public BigDecimal commissionRate;
    public String country;
    /** The zone its managers read times in. */
    public String timeZone;
    @ElementCollection
    @CollectionTable(name = "custom_domain", joinColumns = @JoinColumn(name = "consortium_id"))
    @Column(name = "domain")
    public List<String> domains = new ArrayList<>();
    public Instant createdAt;
    @Version
    public int version;

    /** Offered currencies always include the base currency, listed first. */
    void offer(String base, List<String> offered) {
        baseCurrency = base;
        List<String> all = new ArrayList<>(List.of(base));
        offered.stream().filter(c -> !all.contains(c)).forEach(all::add);
        currencies = all;
    }
}
