import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { QueryError } from "../../components/route-states.tsx";
import { isApiError } from "../../lib/api.ts";
import {
  ConsultationForbidden,
  ConsultationNotFound,
  ConsultationSkeleton,
} from "./consultation-states.tsx";
import { ConsultationWorkspace } from "./consultation-workspace.tsx";
import { consultationQuery } from "./consultations-api.ts";

const route = getRouteApi("/_app/consultations/$consultationId");

/** A consultation, step by step: medical questions to signed plan. Clinical roles only. */
export function ConsultationPage() {
  const { consultationId } = route.useParams();
  const consultation = useQuery(consultationQuery(consultationId));

  if (consultation.isPending) return <ConsultationSkeleton />;
  if (consultation.isError) {
    if (isApiError(consultation.error, 403)) return <ConsultationForbidden />;
    // A malformed id is answered 400: to a person it is the same as "not found".
    if (isApiError(consultation.error, 404) || isApiError(consultation.error, 400)) {
      return <ConsultationNotFound />;
    }
    return (
      <QueryError
        error={consultation.error}
        onRetry={() => void consultation.refetch()}
        title="Could not load this consultation"
      />
    );
  }
  return <ConsultationWorkspace key={consultationId} consultation={consultation.data} />;
}
