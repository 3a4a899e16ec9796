/* global Office, Storage */
import { ARAH_VALUES } from "../core/capaian";
import type { Arah, RenstraChoice } from "../model/indicators";
import { parseSignatures, type Signatures } from "../model/signature";
import {
  DEFAULT_OPTIONS,
  EFISIENSI_METHOD_NAMES,
  FORMULA_MODES,
  PERIODE_CHOICES,
  PROGRAM_NAMINGS,
  RINCIAN_LEVELS,
  SCALE_NAMES,
  type EfisiensiMethod,
  type FormulaMode,
  type Periode,
  type ProgramNaming,
  type Rincian,
  type ScaleName,
} from "../report/options";

/** Predikat scales the pane offers: the core's, the seed's (LKJIP) first. */
export const SCALE_CHOICES: readonly ScaleName[] = SCALE_NAMES;
export type ScaleChoice = ScaleName;

/** Efisiensi methods of DOMAIN.md, the seed's (serapan/capaian) first. */
export const EFISIENSI_CHOICES: readonly EfisiensiMethod[] = EFISIENSI_METHOD_NAMES;
export type EfisiensiChoice = EfisiensiMethod;

export { FORMULA_MODES };

/** The user's choices, remembered per workbook (Excel) or per browser (web tool). */
export interface PaneChoices {
  scale: ScaleChoice;
  efisiensi: EfisiensiChoice;
  mode: FormulaMode;
  /** Arah confirmed or changed for indicators with none typed: indicator name -> Arah. */
  arah: Record<string, Arah>;
  /** The end-of-Renstra target column when the indicator sheet has none: latest, none, a year. */
  renstra: RenstraChoice;
  /** Depth of Tabel 3.2 and the Lampiran; "auto": the deepest level the budget has. */
  rincian: RincianChoice;
  /** Programs attributed by hand: program name -> sasaran name, null for a program pendukung. */
  attribution: Record<string, string | null>;
  /** The year, or a quarter whose "Pengukuran Kinerja TW N" sheet is added. */
  periode: Periode;
  /** Which name a matched program is printed under: the Renstra's or the budget's. */
  namaProgram: ProgramNaming;
  /** Who signs under the tables (and both parties of the Perjanjian Kinerja); {}: nobody. */
  penandatangan: Signatures;
  /** Also write next year's Perjanjian Kinerja. */
  perjanjianKinerja: boolean;
}

export { PERIODE_CHOICES };

export type RincianChoice = Rincian | "auto";
export const RINCIAN_CHOICES: readonly RincianChoice[] = ["auto", ...RINCIAN_LEVELS];

export const PROGRAM_NAMING_CHOICES: readonly ProgramNaming[] = PROGRAM_NAMINGS;

export const DEFAULT_CHOICES: PaneChoices = {
  scale: DEFAULT_OPTIONS.skala,
  efisiensi: DEFAULT_OPTIONS.efisiensi,
  mode: DEFAULT_OPTIONS.mode,
  arah: {},
  renstra: "auto",
  rincian: "auto",
  attribution: {},
  periode: "tahunan",
  namaProgram: DEFAULT_OPTIONS.namaProgram,
  penandatangan: {},
  perjanjianKinerja: false,
};

/** Where choices are kept: Office's document settings or the browser's localStorage. */
export interface KeyValueBackend {
  get(key: string): unknown;
  set(key: string, value: string): void;
  /** Makes the values last (Office: saveAsync into the workbook). */
  persist(): Promise<void>;
}

export const CHOICES_KEY = "lkjip.choices";

/**
 * Stored choices come from an older version or another hand: anything unknown falls back to the
 * default of that one choice instead of failing the pane.
 */
export function parseChoices(stored: unknown): PaneChoices {
  let raw: Record<string, unknown> = {};
  if (typeof stored === "string") {
    try {
      const parsed: unknown = JSON.parse(stored);
      if (parsed && typeof parsed === "object") raw = parsed as Record<string, unknown>;
    } catch {
      raw = {};
    }
  } else if (stored && typeof stored === "object") {
    raw = stored as Record<string, unknown>;
  }
  return {
    scale: pick(raw.scale, SCALE_CHOICES, DEFAULT_CHOICES.scale),
    efisiensi: pick(raw.efisiensi, EFISIENSI_CHOICES, DEFAULT_CHOICES.efisiensi),
    mode: pick(raw.mode, FORMULA_MODES, DEFAULT_CHOICES.mode),
    arah: arahChoices(raw.arah),
    renstra: renstraChoice(raw.renstra),
    rincian: pick(raw.rincian, RINCIAN_CHOICES, DEFAULT_CHOICES.rincian),
    attribution: attributionChoices(raw.attribution),
    periode: pick(raw.periode, PERIODE_CHOICES, DEFAULT_CHOICES.periode),
    namaProgram: pick(raw.namaProgram, PROGRAM_NAMING_CHOICES, DEFAULT_CHOICES.namaProgram),
    penandatangan: parseSignatures(raw.penandatangan),
    perjanjianKinerja: raw.perjanjianKinerja === true,
  };
}

function arahChoices(value: unknown): Record<string, Arah> {
  const out: Record<string, Arah> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const [name, arah] of Object.entries(value as Record<string, unknown>)) {
    if (typeof arah === "string" && (ARAH_VALUES as readonly string[]).includes(arah)) {
      out[name] = arah as Arah;
    }
  }
  return out;
}

function attributionChoices(value: unknown): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return out;
  for (const [program, sasaran] of Object.entries(value as Record<string, unknown>)) {
    if (sasaran === null || (typeof sasaran === "string" && sasaran.trim() !== "")) {
      out[program] = sasaran;
    }
  }
  return out;
}

function renstraChoice(value: unknown): RenstraChoice {
  if (value === "none") return "none";
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 2200) {
    return value;
  }
  return "auto";
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** The choices the pane saved in a workbook (its stored setting), or null when it saved none. */
export function savedChoices(stored: unknown): PaneChoices | null {
  return stored === undefined || stored === null ? null : parseChoices(stored);
}

export function loadChoices(backend: KeyValueBackend): PaneChoices {
  return parseChoices(backend.get(CHOICES_KEY));
}

export async function saveChoices(backend: KeyValueBackend, choices: PaneChoices): Promise<void> {
  backend.set(CHOICES_KEY, JSON.stringify(choices));
  await backend.persist();
}

/** localStorage, for the web tool; a browser that refuses storage just forgets the choices. */
export function localStorageBackend(storage: Storage | undefined): KeyValueBackend {
  return {
    get: (key) => {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set: (key, value) => storage?.setItem(key, value),
    persist: async () => undefined,
  };
}

/** Office's per-document settings: the choices travel with the workbook. */
export function officeSettingsBackend(): KeyValueBackend {
  return {
    get: (key) => Office.context.document.settings.get(key),
    set: (key, value) => Office.context.document.settings.set(key, value),
    persist: () =>
      new Promise<void>((resolve, reject) => {
        Office.context.document.settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(result.error);
        });
      }),
  };
}
