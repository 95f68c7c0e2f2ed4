CREATE TABLE "clinical_settings" (
	"org_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"practitioner_user_id" text,
	"mode" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"held_on" date NOT NULL,
	"intake_version" integer,
	"intake_answers" jsonb,
	"intake_source" text,
	"intake_updated_at" timestamp with time zone,
	"screening" jsonb,
	"screened_on" date,
	"assessment" jsonb,
	"expectations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_mode" CHECK (mode in ('in_person','video','phone')),
	CONSTRAINT "consultation_status" CHECK (status in ('open','completed','closed'))
);
--> statement-breakpoint
CREATE TABLE "screening_clearance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"consultation_id" uuid,
	"rule_id" text NOT NULL,
	"kind" text NOT NULL,
	"until" date,
	"recorded_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" text,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_clearance_kind" CHECK (kind in ('gp_letter','deferral')),
	CONSTRAINT "screening_clearance_until" CHECK ((kind = 'deferral') = (until is not null))
);
--> statement-breakpoint
CREATE TABLE "treatment_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" text NOT NULL,
	"client_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"plan" jsonb NOT NULL,
	"adjustment" jsonb,
	"quote" jsonb NOT NULL,
	"settings_version" integer NOT NULL,
	"accepted_at" timestamp with time zone,
	"signed_name" text,
	"signature_file" text,
	"pdf_file" text,
	"accepted_ip" text,
	"accepted_user_agent" text,
	"witnessed_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "treatment_plan_status" CHECK (status in ('draft','accepted','declined','superseded'))
);
--> statement-breakpoint
ALTER TABLE "clinical_settings" ADD CONSTRAINT "clinical_settings_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_settings" ADD CONSTRAINT "clinical_settings_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_practitioner_user_id_user_id_fk" FOREIGN KEY ("practitioner_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearance" ADD CONSTRAINT "screening_clearance_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearance" ADD CONSTRAINT "screening_clearance_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearance" ADD CONSTRAINT "screening_clearance_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_clearance" ADD CONSTRAINT "screening_clearance_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_client_id_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."client"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "treatment_plan" ADD CONSTRAINT "treatment_plan_witnessed_by_user_id_fk" FOREIGN KEY ("witnessed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_client_idx" ON "consultation" USING btree ("org_id","client_id","held_on");--> statement-breakpoint
CREATE INDEX "screening_clearance_client_idx" ON "screening_clearance" USING btree ("org_id","client_id");--> statement-breakpoint
CREATE INDEX "treatment_plan_client_idx" ON "treatment_plan" USING btree ("org_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "treatment_plan_live_idx" ON "treatment_plan" USING btree ("consultation_id") WHERE status in ('draft','accepted');