CREATE TABLE "booking_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"hold_group_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"practitioner_id" text NOT NULL,
	"room_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"estimate" jsonb,
	"code_hash" text,
	"code_expires_at" timestamp with time zone,
	"code_attempts" integer DEFAULT 0 NOT NULL,
	"codes_sent" integer DEFAULT 0 NOT NULL,
	"last_code_sent_at" timestamp with time zone,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"client_id" uuid,
	"appointment_id" uuid,
	"consultation_id" uuid,
	"ip" text DEFAULT '' NOT NULL,
	"user_agent" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_request_status" CHECK (status in ('pending','confirmed','expired','abandoned')),
	CONSTRAINT "booking_request_mode" CHECK (mode in ('in_person','video','phone'))
);
--> statement-breakpoint
CREATE TABLE "client_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"scopes" jsonb NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"intake_submitted_at" timestamp with time zone,
	"photos_submitted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_signature" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"body_sha256" text NOT NULL,
	"signed_name" text NOT NULL,
	"signature_file" text NOT NULL,
	"pdf_file" text,
	"signed_at" timestamp with time zone NOT NULL,
	"ip" text NOT NULL,
	"user_agent" text NOT NULL,
	"signed_via" text NOT NULL,
	"witnessed_by" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_via" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_signature_kind" CHECK (kind in ('treatment','photo_clinical','photo_marketing','policy_deposit','policy_cancellation','policy_reschedule'))
);
--> statement-breakpoint
CREATE TABLE "consent_template" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_template_kind" CHECK (kind in ('treatment','photo_clinical','photo_marketing','policy_deposit','policy_cancellation','policy_reschedule'))
);
--> statement-breakpoint
CREATE TABLE "public_booking_settings" (
	"org_id" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"embed_origins" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"show_estimate" boolean DEFAULT true NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_client_link" (
	"user_id" text NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "portal_session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "portal_user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "portal_verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preview_design" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"photo_id" uuid NOT NULL,
	"design" jsonb NOT NULL,
	"params" jsonb NOT NULL,
	"render_file" text,
	"render_thumb_file" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"frozen_at" timestamp with time zone,
	"plan_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preview_design_status" CHECK (status in ('draft','frozen')),
	CONSTRAINT "preview_design_frozen" CHECK ((status = 'frozen') = (frozen_at is not null))
);
--> statement-breakpoint
ALTER TABLE "slot_hold" DROP CONSTRAINT "slot_hold_purpose";--> statement-breakpoint
ALTER TABLE "scalp_photo" ADD COLUMN "shared_with_client_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scalp_photo" ADD COLUMN "source" text DEFAULT 'clinic' NOT NULL;--> statement-breakpoint
ALTER TABLE "booking_request" ADD CONSTRAINT "booking_request_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_request" ADD CONSTRAINT "booking_request_location_id_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_request" ADD CONSTRAINT "booking_request_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_request" ADD CONSTRAINT "booking_request_practitioner_id_member_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_request" ADD CONSTRAINT "booking_request_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_request" ADD CONSTRAINT "booking_request_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_request" ADD CONSTRAINT "booking_request_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_link" ADD CONSTRAINT "client_link_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_link" ADD CONSTRAINT "client_link_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_link" ADD CONSTRAINT "client_link_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_link" ADD CONSTRAINT "client_link_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_template_id_consent_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."consent_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_signature" ADD CONSTRAINT "consent_signature_witnessed_by_user_id_fk" FOREIGN KEY ("witnessed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_template" ADD CONSTRAINT "consent_template_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_template" ADD CONSTRAINT "consent_template_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_booking_settings" ADD CONSTRAINT "public_booking_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_booking_settings" ADD CONSTRAINT "public_booking_settings_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_account" ADD CONSTRAINT "portal_account_user_id_portal_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."portal_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_client_link" ADD CONSTRAINT "portal_client_link_user_id_portal_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."portal_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_client_link" ADD CONSTRAINT "portal_client_link_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_client_link" ADD CONSTRAINT "portal_client_link_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_session" ADD CONSTRAINT "portal_session_user_id_portal_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."portal_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_design" ADD CONSTRAINT "preview_design_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_design" ADD CONSTRAINT "preview_design_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_design" ADD CONSTRAINT "preview_design_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_design" ADD CONSTRAINT "preview_design_photo_id_scalp_photo_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."scalp_photo"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_design" ADD CONSTRAINT "preview_design_plan_id_treatment_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."treatment_plan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preview_design" ADD CONSTRAINT "preview_design_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_request_email_idx" ON "booking_request" USING btree ("org_id",lower("email"),"created_at");--> statement-breakpoint
CREATE INDEX "booking_request_ip_idx" ON "booking_request" USING btree ("ip","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "client_link_token_uq" ON "client_link" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "client_link_consultation_idx" ON "client_link" USING btree ("org_id","consultation_id");--> statement-breakpoint
CREATE INDEX "consent_signature_client_idx" ON "consent_signature" USING btree ("org_id","client_id","kind","signed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_template_version_uq" ON "consent_template" USING btree ("org_id","kind","version");--> statement-breakpoint
CREATE INDEX "portal_account_user_idx" ON "portal_account" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_client_link_user_org_uq" ON "portal_client_link" USING btree ("user_id","org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_client_link_client_uq" ON "portal_client_link" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "portal_session_user_idx" ON "portal_session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "portal_verification_identifier_idx" ON "portal_verification" USING btree ("identifier");--> statement-breakpoint
CREATE UNIQUE INDEX "preview_design_consultation_uq" ON "preview_design" USING btree ("consultation_id");--> statement-breakpoint
ALTER TABLE "slot_hold" ADD CONSTRAINT "slot_hold_purpose" CHECK (purpose in ('booking','waitlist_offer','public_booking'));--> statement-breakpoint
-- Hand-written: a signed consent is a frozen record. Only its withdrawal may be recorded later
-- (once); the text, signature and evidence never change, and the row is never deleted while its
-- clinic exists (removing a whole clinic or client still cascades through the foreign keys).
CREATE FUNCTION "stipple_consent_signature_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
    RAISE EXCEPTION 'signed consent % cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.id, NEW.org_id, NEW.client_id, NEW.template_id, NEW.kind, NEW.version, NEW.title,
      NEW.body, NEW.body_sha256, NEW.signed_name, NEW.signature_file, NEW.signed_at, NEW.ip,
      NEW.user_agent, NEW.signed_via, NEW.created_at)
     IS DISTINCT FROM
     (OLD.id, OLD.org_id, OLD.client_id, OLD.template_id, OLD.kind, OLD.version, OLD.title,
      OLD.body, OLD.body_sha256, OLD.signed_name, OLD.signature_file, OLD.signed_at, OLD.ip,
      OLD.user_agent, OLD.signed_via, OLD.created_at)
     OR (OLD.pdf_file IS NOT NULL AND NEW.pdf_file IS DISTINCT FROM OLD.pdf_file)
     OR (OLD.withdrawn_at IS NOT NULL AND
         (NEW.withdrawn_at, NEW.withdrawn_via) IS DISTINCT FROM (OLD.withdrawn_at, OLD.withdrawn_via))
  THEN
    RAISE EXCEPTION 'signed consent % cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "consent_signature_guard" BEFORE UPDATE OR DELETE ON "consent_signature"
  FOR EACH ROW EXECUTE FUNCTION "stipple_consent_signature_guard"();
--> statement-breakpoint
-- Hand-written: consent template versions are never rewritten; edits add a version.
CREATE FUNCTION "stipple_consent_template_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent template versions cannot be changed; add a new version' USING ERRCODE = 'check_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER "consent_template_guard" BEFORE UPDATE ON "consent_template"
  FOR EACH ROW EXECUTE FUNCTION "stipple_consent_template_guard"();
--> statement-breakpoint
-- Hand-written: a preview design the client accepted with their plan is frozen.
CREATE FUNCTION "stipple_preview_design_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'frozen' THEN
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN RETURN OLD; END IF;
    RAISE EXCEPTION 'frozen preview design % cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "preview_design_guard" BEFORE UPDATE OR DELETE ON "preview_design"
  FOR EACH ROW EXECUTE FUNCTION "stipple_preview_design_guard"();
