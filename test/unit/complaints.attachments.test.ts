import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_CHARS } from '../../shared/schema/common';
import { attachmentFile, attachmentFiles, attachmentPick, dataUrlBytes, MAX_ATTACHMENTS, MAX_PDF_BYTES, MAX_PHOTO_PICK_BYTES } from '../../shared/schema/complaints';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? 'ok' : r.error?.issues.map((i) => i.message));

const pdfOf = (bytes: number) => `data:application/pdf;base64,${Buffer.alloc(bytes, 1).toString('base64')}`;

describe('attachment picked (type and size, before it is read)', () => {
  it('takes photos of the usual kinds and PDFs', () => {
    for (const mediaType of ['image/jpeg', 'image/png', 'image/webp', 'application/pdf']) {
      expect(messages(attachmentPick.safeParse({ name: 'f', mediaType, size: 1000 }))).toBe('ok');
    }
  });

  it('refuses other types, an empty file, a PDF over 2 MB and a huge photo', () => {
    expect(messages(attachmentPick.safeParse({ name: 'a.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10 }))).toEqual(['error.attachmentType']);
    expect(messages(attachmentPick.safeParse({ name: 'a.heic', mediaType: 'image/heic', size: 10 }))).toEqual(['error.attachmentType']);
    expect(messages(attachmentPick.safeParse({ name: 'x', mediaType: '', size: 10 }))).toEqual(['error.attachmentType']);
    expect(messages(attachmentPick.safeParse({ name: 'a.pdf', mediaType: 'application/pdf', size: 0 }))).toEqual(['error.attachmentEmpty']);
    expect(messages(attachmentPick.safeParse({ name: 'a.pdf', mediaType: 'application/pdf', size: MAX_PDF_BYTES }))).toBe('ok');
    expect(messages(attachmentPick.safeParse({ name: 'a.pdf', mediaType: 'application/pdf', size: MAX_PDF_BYTES + 1 }))).toEqual(['error.attachmentPdfTooLarge']);
    expect(messages(attachmentPick.safeParse({ name: 'a.jpg', mediaType: 'image/jpeg', size: MAX_PHOTO_PICK_BYTES + 1 }))).toEqual(['error.attachmentPhotoTooLarge']);
  });
});

describe('attachment kept (content as claimed, within limits)', () => {
  it('keeps a PDF as it is and counts its bytes', () => {
    const kept = attachmentFile.parse({ name: '来信.pdf', mediaType: 'application/pdf', dataUrl: pdfOf(1234) });
    expect(kept.size).toBe(1234);
    expect(dataUrlBytes(pdfOf(1))).toBe(1);
    expect(dataUrlBytes(pdfOf(2))).toBe(2);
  });

  it('refuses a PDF over 2 MB, a photo not yet shrunk, and content of another type than claimed', () => {
    expect(messages(attachmentFile.safeParse({ name: 'a.pdf', mediaType: 'application/pdf', dataUrl: pdfOf(MAX_PDF_BYTES + 1) }))).toEqual(['error.attachmentPdfTooLarge']);
    expect(messages(attachmentFile.safeParse({ name: 'a.pdf', mediaType: 'application/pdf', dataUrl: pdfOf(MAX_PDF_BYTES) }))).toBe('ok');
    const bigPhoto = `data:image/jpeg;base64,${'A'.repeat(PHOTO_MAX_CHARS)}`;
    expect(messages(attachmentFile.safeParse({ name: 'a.jpg', mediaType: 'image/jpeg', dataUrl: bigPhoto }))).toEqual(['error.photoTooLarge']);
    expect(messages(attachmentFile.safeParse({ name: 'a.jpg', mediaType: 'image/jpeg', dataUrl: pdfOf(10) }))).toEqual(['error.attachmentType']);
    expect(messages(attachmentFile.safeParse({ name: 'a.txt', mediaType: 'text/plain', dataUrl: 'data:text/plain;base64,QQ==' }))).toContain('error.attachmentType');
    expect(messages(attachmentFile.safeParse({ name: 'a.pdf', mediaType: 'application/pdf', dataUrl: 'data:application/pdf;base64,<script>' }))).toEqual(['error.attachmentType']);
  });

  it('at most 10 files', () => {
    const file = { name: 'a.pdf', mediaType: 'application/pdf', dataUrl: pdfOf(10) };
    expect(messages(attachmentFiles.safeParse(Array.from({ length: MAX_ATTACHMENTS }, () => file)))).toBe('ok');
    expect(messages(attachmentFiles.safeParse(Array.from({ length: MAX_ATTACHMENTS + 1 }, () => file)))).toEqual(['error.tooManyAttachments']);
  });
});
