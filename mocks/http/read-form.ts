export interface PostedForm {
  /** A text field's value; '' when the form lacks it. */
  field(name: string): string;
}

/** The posted form; an empty one when the body is not a form, so a bad post is just invalid input. */
export async function readForm(request: Request): Promise<PostedForm> {
  let data: FormData | undefined;
  try {
    data = await request.formData();
  } catch {
    data = undefined;
  }
  return {
    field(name) {
      const value = data?.get(name);
      return typeof value === 'string' ? value : '';
    },
  };
}
