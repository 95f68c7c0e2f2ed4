CREATE TABLE "check_in" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"session_id" uuid,
	"day" integer NOT NULL,
	"token_hash" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answer" text,
	"note" text DEFAULT '' NOT NULL,
	"photo_id" uuid,
	"answered_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_in_answer" CHECK (answer is null or answer in ('fine','concern'))
);
--> statement-breakpoint
CREATE TABLE "message_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"key" text NOT NULL,
	"channel" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_template_channel" CHECK (channel in ('email','sms'))
);
--> statement-breakpoint
CREATE TABLE "messaging_settings" (
	"org_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_alert" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"member_id" text,
	"kind" text NOT NULL,
	"client_id" uuid,
	"check_in_id" uuid,
	"title" text NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scalp_photo" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"session_id" uuid,
	"consultation_id" uuid,
	"view" text NOT NULL,
	"view_label" text DEFAULT '' NOT NULL,
	"file_key" text NOT NULL,
	"thumb_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"consent" text DEFAULT 'clinical' NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"uploaded_by" text,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scalp_photo_view" CHECK (view in ('front_hairline','left_temple','right_temple','top','crown','back','scar')),
	CONSTRAINT "scalp_photo_consent" CHECK (consent in ('clinical','marketing_anonymised'))
);
--> statement-breakpoint
CREATE TABLE "patch_test" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"performed_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"result" text DEFAULT 'pending' NOT NULL,
	"pigment_batch_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patch_test_result" CHECK (result in ('pending','negative','positive','declined'))
);
--> statement-breakpoint
CREATE TABLE "session_amendment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"session_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"changes" jsonb NOT NULL,
	"author_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_zone" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"session_id" uuid NOT NULL,
	"zone" text NOT NULL,
	"label" text NOT NULL,
	"pigment_batch_id" uuid NOT NULL,
	"pigment_parts" integer NOT NULL,
	"water_parts" integer NOT NULL,
	"shade_label" text DEFAULT '' NOT NULL,
	"needle_batch_id" uuid NOT NULL,
	"needle_count" integer DEFAULT 1 NOT NULL,
	"depth_notes" text DEFAULT '' NOT NULL,
	"coverage_pct" integer,
	"density_per_cm2" integer,
	"anaesthetic_batch_id" uuid,
	"anaesthetic_applied_at" timestamp with time zone,
	"reactions" text DEFAULT '' NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_zone_dilution" CHECK (pigment_parts > 0 and water_parts >= 0),
	CONSTRAINT "session_zone_coverage" CHECK (coverage_pct is null or coverage_pct between 0 and 100),
	CONSTRAINT "session_zone_needles" CHECK (needle_count between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "treatment_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"appointment_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"plan_id" uuid,
	"practitioner_id" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"checklist" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "treatment_session_status" CHECK (status in ('in_progress','signed')),
	CONSTRAINT "treatment_session_signed" CHECK ((status = 'signed') = (signed_at is not null))
);
--> statement-breakpoint
CREATE TABLE "stock_batch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"kind" text NOT NULL,
	"brand" text NOT NULL,
	"product" text NOT NULL,
	"lot" text NOT NULL,
	"expires_on" date NOT NULL,
	"received_on" date,
	"needle_config" text,
	"needle_diameter_mm" numeric(4, 2),
	"quantity" integer,
	"notes" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_batch_kind" CHECK (kind in ('pigment','needle','anaesthetic')),
	CONSTRAINT "stock_batch_quantity" CHECK (quantity is null or quantity >= 0)
);
--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "appointment_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "kind" text DEFAULT 'account' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "step" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "template_key" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "plan_key" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "scheduled_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "guard" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "provider_message_id" text;--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "cancelled_reason" text;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_photo_id_scalp_photo_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."scalp_photo"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_template" ADD CONSTRAINT "message_template_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_template" ADD CONSTRAINT "message_template_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_settings" ADD CONSTRAINT "messaging_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_settings" ADD CONSTRAINT "messaging_settings_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_alert" ADD CONSTRAINT "staff_alert_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_alert" ADD CONSTRAINT "staff_alert_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_alert" ADD CONSTRAINT "staff_alert_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_alert" ADD CONSTRAINT "staff_alert_check_in_id_check_in_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."check_in"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_alert" ADD CONSTRAINT "staff_alert_read_by_user_id_fk" FOREIGN KEY ("read_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scalp_photo" ADD CONSTRAINT "scalp_photo_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scalp_photo" ADD CONSTRAINT "scalp_photo_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scalp_photo" ADD CONSTRAINT "scalp_photo_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scalp_photo" ADD CONSTRAINT "scalp_photo_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scalp_photo" ADD CONSTRAINT "scalp_photo_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patch_test" ADD CONSTRAINT "patch_test_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patch_test" ADD CONSTRAINT "patch_test_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patch_test" ADD CONSTRAINT "patch_test_pigment_batch_id_stock_batch_id_fk" FOREIGN KEY ("pigment_batch_id") REFERENCES "public"."stock_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patch_test" ADD CONSTRAINT "patch_test_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_amendment" ADD CONSTRAINT "session_amendment_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_amendment" ADD CONSTRAINT "session_amendment_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_amendment" ADD CONSTRAINT "session_amendment_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_zone" ADD CONSTRAINT "session_zone_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_zone" ADD CONSTRAINT "session_zone_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_zone" ADD CONSTRAINT "session_zone_pigment_batch_id_stock_batch_id_fk" FOREIGN KEY ("pigment_batch_id") REFERENCES "public"."stock_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_zone" ADD CONSTRAINT "session_zone_needle_batch_id_stock_batch_id_fk" FOREIGN KEY ("needle_batch_id") REFERENCES "public"."stock_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_zone" ADD CONSTRAINT "session_zone_anaesthetic_batch_id_stock_batch_id_fk" FOREIGN KEY ("anaesthetic_batch_id") REFERENCES "public"."stock_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_zone" ADD CONSTRAINT "session_zone_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_plan_id_treatment_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."treatment_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_practitioner_id_member_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_session" ADD CONSTRAINT "treatment_session_signed_by_user_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_batch" ADD CONSTRAINT "stock_batch_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_batch" ADD CONSTRAINT "stock_batch_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_in_token_idx" ON "check_in" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "check_in_appointment_day_idx" ON "check_in" USING btree ("appointment_id","day");--> statement-breakpoint
CREATE INDEX "check_in_client_idx" ON "check_in" USING btree ("org_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_template_key_idx" ON "message_template" USING btree ("org_id","key","channel");--> statement-breakpoint
CREATE INDEX "staff_alert_org_idx" ON "staff_alert" USING btree ("org_id","read_at","created_at");--> statement-breakpoint
CREATE INDEX "scalp_photo_client_idx" ON "scalp_photo" USING btree ("org_id","client_id","view","taken_at");--> statement-breakpoint
CREATE INDEX "scalp_photo_session_idx" ON "scalp_photo" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "patch_test_client_idx" ON "patch_test" USING btree ("org_id","client_id","performed_at");--> statement-breakpoint
CREATE INDEX "session_amendment_session_idx" ON "session_amendment" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "session_zone_session_idx" ON "session_zone" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "session_zone_pigment_idx" ON "session_zone" USING btree ("org_id","pigment_batch_id");--> statement-breakpoint
CREATE INDEX "session_zone_needle_idx" ON "session_zone" USING btree ("org_id","needle_batch_id");--> statement-breakpoint
CREATE INDEX "session_zone_anaesthetic_idx" ON "session_zone" USING btree ("org_id","anaesthetic_batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_session_appointment_idx" ON "treatment_session" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "treatment_session_client_idx" ON "treatment_session" USING btree ("org_id","client_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_batch_lot_idx" ON "stock_batch" USING btree ("org_id","kind",lower("brand"),lower("product"),lower("lot"));--> statement-breakpoint
CREATE INDEX "stock_batch_org_kind_idx" ON "stock_batch" USING btree ("org_id","kind","expires_on");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox_message" USING btree ("status","scheduled_for");--> statement-breakpoint
CREATE INDEX "outbox_client_idx" ON "outbox_message" USING btree ("org_id","client_id","scheduled_for");--> statement-breakpoint
CREATE INDEX "outbox_appointment_idx" ON "outbox_message" USING btree ("appointment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_plan_key_live_idx" ON "outbox_message" USING btree ("org_id","plan_key") WHERE status in ('scheduled','sending');--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_status" CHECK (status in ('scheduled','sending','sent','failed','cancelled'));--> statement-breakpoint
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_channel" CHECK (channel in ('email','sms'));
--> statement-breakpoint
-- Hand-written: a signed treatment session is a closed record. Its row and its zones can no longer
-- be changed or removed; corrections are appended to session_amendment. (Removing a whole clinic
-- still cascades: its sessions go first, so their zones are no longer guarded.)
CREATE FUNCTION "stipple_signed_session_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'treatment_session' THEN
    IF OLD.status = 'signed' THEN
      RAISE EXCEPTION 'signed treatment session % cannot be changed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
  ELSIF EXISTS (
    SELECT 1 FROM "treatment_session" s
    WHERE s.id = COALESCE(OLD.session_id, NEW.session_id) AND s.status = 'signed'
  ) THEN
    RAISE EXCEPTION 'zones of signed treatment session cannot be changed' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "treatment_session_signed_guard" BEFORE UPDATE ON "treatment_session"
  FOR EACH ROW EXECUTE FUNCTION "stipple_signed_session_guard"();
--> statement-breakpoint
CREATE TRIGGER "session_zone_signed_guard" BEFORE INSERT OR UPDATE OR DELETE ON "session_zone"
  FOR EACH ROW EXECUTE FUNCTION "stipple_signed_session_guard"();
