-- Hand-written: drizzle-kit cannot express extensions or EXCLUDE constraints.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- No double booking, ever: two live appointments may not overlap (buffers included) for the same
-- practitioner or the same room. Cancelled appointments free their time.
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_practitioner_no_overlap"
  EXCLUDE USING gist ("practitioner_id" WITH =, tstzrange("busy_from", "busy_to", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');
--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_room_no_overlap"
  EXCLUDE USING gist ("room_id" WITH =, tstzrange("busy_from", "busy_to", '[)') WITH &&)
  WHERE ("status" <> 'cancelled' AND "room_id" IS NOT NULL);
--> statement-breakpoint
-- Fast "contains" search over name, email and phone digits for the clients list.
CREATE INDEX "client_search_trgm_idx" ON "client" USING gin (
  (lower("first_name" || ' ' || "last_name" || ' ' || "preferred_name" || ' ' || coalesce("email", '') || ' ' || regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'))) gin_trgm_ops
);
