package dev.canopy.testsupport.stripe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stripe Connect: connected accounts, their onboarding links, transfers to them and reversals of those. */
final class Connect {

    private static final Pattern REQUESTED_CAPABILITY = Pattern.compile("capabilities\\[([^\\[\\]]+)]\\[requested]");
    private static final long LINK_LIFETIME = 300;

    private final StripeObjects objects;
    private final String baseUrl;

    Connect(StripeObjects objects, String baseUrl) {
        this.objects = objects;
        this.baseUrl = baseUrl;
    }

    /** A new account can neither take charges nor be paid out until its owner finishes onboarding. */
    Map<String, Object> account(Form form) {
        Map<String, Object> account = objects.create(StripeObjects.newId("acct_"), "account");
        account.put("business_type", form.get("business_type"));
        account.put("capabilities", requestedCapabilities(form));
        account.put("charges_enabled", false);
        account.put("country", form.get("country"));
        account.put("details_submitted", false);
        account.put("email", form.get("email"));
        account.put("metadata", form.map("metadata"));
        account.put("payouts_enabled", false);
        account.put("type", form.get("type"));
        return account;
    }

    /** Account links have no id and are not stored: each one is a fresh short-lived URL. */
    Map<String, Object> accountLink(Form form) {
        String account = form.required("account");
        form.required("type");
        long now = StripeObjects.now();
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("object", "account_link");
        link.put("created", now);
        link.put("expires_at", now + LINK_LIFETIME);
        link.put("url", baseUrl + "/onboard/" + account);
        return link;
    }

    Map<String, Object> transfer(Form form) {
        long amount = form.requiredAmount("amount");
        String currency = form.required("currency").toLowerCase();
        String destination = form.required("destination");
        String id = StripeObjects.newId("tr_");
        Map<String, Object> transfer = objects.create(id, "transfer");
        transfer.put("amount", amount);
        transfer.put("amount_reversed", 0L);
        transfer.put("balance_transaction", null);
        transfer.put("currency", currency);
        transfer.put("description", form.get("description"));
        transfer.put("destination", destination);
        transfer.put("destination_payment", null);
        transfer.put("metadata", form.map("metadata"));
        transfer.put("reversals", reversalList(id));
        transfer.put("reversed", false);
        transfer.put("source_transaction", form.get("source_transaction"));
        transfer.put("source_type", "card");
        transfer.put("transfer_group", form.get("transfer_group"));
        return transfer;
    }

    /** Takes back part or all of what is left of a transfer (all of it when no amount is sent). */
    @SuppressWarnings("unchecked")
    Map<String, Object> reversal(String transferId, Form form) {
        Map<String, Object> transfer = objects.require("transfer", transferId, "id", 404);
        long transferred = (Long) transfer.get("amount");
        long reversedBefore = (Long) transfer.get("amount_reversed");
        long left = transferred - reversedBefore;
        Long asked = form.amount("amount");
        long amount = asked == null ? left : asked;
        if (amount < 1 || amount > left) {
            throw StripeFailure.invalid("Transfer " + transferId + " cannot be reversed by " + amount + ": " + left
                    + " of " + transferred + " is left to reverse.", "amount");
        }
        Map<String, Object> reversal = objects.create(StripeObjects.newId("trr_"), "transfer_reversal");
        reversal.put("amount", amount);
        reversal.put("balance_transaction", null);
        reversal.put("currency", transfer.get("currency"));
        reversal.put("destination_payment_refund", null);
        reversal.put("metadata", form.map("metadata"));
        reversal.put("source_refund", null);
        reversal.put("transfer", transferId);

        transfer.put("amount_reversed", reversedBefore + amount);
        transfer.put("reversed", reversedBefore + amount == transferred);
        Map<String, Object> reversals = (Map<String, Object>) transfer.get("reversals");
        ((List<Object>) reversals.get("data")).add(0, reversal);
        reversals.put("total_count", ((List<Object>) reversals.get("data")).size());
        return reversal;
    }

    private static Map<String, String> requestedCapabilities(Form form) {
        Map<String, String> capabilities = new LinkedHashMap<>();
        form.params().forEach((name, value) -> {
            Matcher matcher = REQUESTED_CAPABILITY.matcher(name);
            if (matcher.matches() && "true".equals(value)) {
                capabilities.put(matcher.group(1), "inactive");
            }
        });
        return capabilities;
    }

    private static Map<String, Object> reversalList(String transferId) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", new ArrayList<>());
        list.put("has_more", false);
        list.put("total_count", 0);
        list.put("url", "/v1/transfers/" + transferId + "/reversals");
        return list;
    }
}
