-- Messages to send, written in the same transaction as the change they announce, so none is lost
-- when the mail server is down; the dispatcher sends and retries them.
CREATE TABLE outbox_message (
    consortium_id    uuid NOT NULL REFERENCES consortium (id),
    id               uuid NOT NULL,
    recipient        text NOT NULL,
    subject          text NOT NULL,
    body             text NOT NULL,
    created_at       timestamptz NOT NULL,
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz,
    last_error       text,
    PRIMARY KEY (consortium_id, id)
);
CREATE INDEX outbox_due ON outbox_message (next_attempt_at) WHERE sent_at IS NULL;

ALTER TABLE outbox_message ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox_message FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_of_current_consortium ON outbox_message
    USING (consortium_id = current_consortium())
    WITH CHECK (consortium_id = current_consortium());
-- The dispatcher works across consortia, and only on the outbox, when it says so for its transaction
CREATE POLICY outbox_dispatcher ON outbox_message
    USING (current_setting('canopy.outbox_dispatcher', true) = 'on');
