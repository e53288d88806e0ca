import type { TFormState } from "@/components/auth/form-state";

/** A server action driven by useActionState whose successful result carries `T`. */
export type TStateAction<T = unknown> = (prev: TFormState<T>, formData: FormData) => Promise<TFormState<T>>;
