import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// One config for both targets; TARO_ENV (weapp | h5) picks the output folder.
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jiafang-assistant',
    date: '2026-11-29',
    // NutUI React Taro is designed at 375px.
    designWidth: 375,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-html'],
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      webpackChain(chain) {
        // Taro splits only initial chunks: every lazily loaded page chunk carried its own copy of zod,
        // NutUI, dayjs and our client code (~60 KiB gzip each). Code that two or more pages use goes
        // into one shared chunk instead, downloaded once and cached.
        const taro = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({
          ...taro,
          chunks: 'all',
          cacheGroups: {
            ...taro?.cacheGroups,
            shared: { name: 'shared', chunks: 'async', minChunks: 2, priority: 5, reuseExistingChunk: true },
          },
        })
      },
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        pxtransform: { enable: true, config: { targetUnit: 'px' as 'rem' } }, // Taro's runtime supports 'px' for h5; its type does not list it.
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
