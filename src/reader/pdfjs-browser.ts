// pdf.js in the extension: its worker is a file of the extension itself (the pages' content
// security policy lets workers load from nowhere else), and nothing is fetched.
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfJs } from '../documents/pdf';

GlobalWorkerOptions.workerSrc = workerUrl;

export const browserPdfJs: PdfJs = { getDocument };
